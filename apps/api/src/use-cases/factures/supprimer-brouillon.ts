import type { AppContext } from '../../app-context.ts';
import type { StockageDocuments } from '../../documents/stockage-documents.ts';
import { trouverFactureEmise } from './trouver-facture.ts';

/** Deletes a draft with its documents; sent invoices are never deleted. */
export async function supprimerBrouillon(
  ctx: AppContext,
  stockage: StockageDocuments,
  utilisateurId: number,
  factureId: number,
): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    const brouillon = await trouverFactureEmise(tx, utilisateurId, factureId, { brouillon: true });
    // Conditional delete: a draft sent meanwhile stays.
    const { count } = await tx.facture.deleteMany({ where: { id: brouillon.id, statut: 'BROUILLON' } });
    if (count === 1) {
      await stockage.supprimer(
        tx,
        brouillon.documents.map((d) => d.cle),
      );
    }
  });
}

import type { AppContext } from '../../app-context.ts';
import { trouverFactureEmise } from './trouver-facture.ts';

/**
 * Deletes a draft with its documents; sent invoices are never deleted. The bytes go with the
 * orphan collection, once no other document shares them.
 */
export async function supprimerBrouillon(
  ctx: Pick<AppContext, 'db'>,
  utilisateurId: number,
  factureId: number,
): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    const brouillon = await trouverFactureEmise(tx, utilisateurId, factureId, { brouillon: true });
    // Conditional delete: a draft sent meanwhile stays.
    await tx.facture.deleteMany({ where: { id: brouillon.id, statut: 'BROUILLON' } });
  });
}

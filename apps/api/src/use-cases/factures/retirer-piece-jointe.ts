import type { Facture } from '@choral/contracts';
import { introuvable } from '@choral/domain/erreurs';
import type { AppContext } from '../../app-context.ts';
import { INCLUSION_FACTURE_COMPLETE, presenterFacture } from '../../presenters/facture.ts';
import { trouverFactureEmise } from './trouver-facture.ts';

/**
 * Removes a complementary attachment from a draft (the invoice's own file stays); its bytes go
 * with the orphan collection, once no other document shares them.
 */
export async function retirerPieceJointe(
  ctx: AppContext,
  utilisateurId: number,
  { factureId, documentId }: { factureId: number; documentId: number },
): Promise<Facture> {
  const facture = await ctx.db.$transaction(async (tx) => {
    const brouillon = await trouverFactureEmise(tx, utilisateurId, factureId, { brouillon: true });
    const piece = brouillon.documents.find((d) => d.id === documentId && d.role === 'PIECE_JOINTE');
    if (!piece) throw introuvable('Pièce jointe introuvable.');
    await tx.documentFacture.delete({ where: { id: piece.id } });

    return tx.facture.update({
      where: { id: brouillon.id },
      data: { modifieParId: utilisateurId },
      include: INCLUSION_FACTURE_COMPLETE,
    });
  });

  return presenterFacture(facture);
}

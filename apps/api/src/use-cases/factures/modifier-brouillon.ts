import type { DonneesFacture, Facture } from '@choral/contracts';
import type { AppContext } from '../../app-context.ts';
import { INCLUSION_FACTURE_COMPLETE, presenterFacture } from '../../presenters/facture.ts';
import { donneesBrouillon } from './donnees-brouillon.ts';
import { trouverFactureEmise } from './trouver-facture.ts';

/** « Enregistrer »: replaces a draft's form; nothing is checked beyond the fields' shape. */
export async function modifierBrouillon(
  ctx: AppContext,
  utilisateurId: number,
  factureId: number,
  donnees: DonneesFacture,
): Promise<Facture> {
  const facture = await ctx.db.$transaction(async (tx) => {
    const brouillon = await trouverFactureEmise(tx, utilisateurId, factureId, { brouillon: true });

    return tx.facture.update({
      where: { id: brouillon.id },
      data: {
        ...(await donneesBrouillon(tx, brouillon.mode, donnees, brouillon.fournisseurId)),
        modifieParId: utilisateurId,
      },
      include: INCLUSION_FACTURE_COMPLETE,
    });
  });

  return presenterFacture(facture);
}

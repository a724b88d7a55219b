import type { DonneesFacture, Facture } from '@choral/contracts';
import { exigerHabilitation } from '../../access/rattachement.ts';
import type { AppContext } from '../../app-context.ts';
import { INCLUSION_FACTURE_COMPLETE, presenterFacture } from '../../presenters/facture.ts';
import { donneesBrouillon } from './donnees-brouillon.ts';

/** « Saisir une facture »: a manual-entry draft for one of the caller's structures. */
export async function creerBrouillon(
  ctx: AppContext,
  utilisateurId: number,
  structureId: number,
  donnees: DonneesFacture,
): Promise<Facture> {
  await exigerHabilitation(ctx.db, utilisateurId, structureId, 'FACTURES_EMISES');
  // One insert, no nested write: no transaction of its own is needed.
  const facture = await ctx.db.facture.create({
    data: {
      ...(await donneesBrouillon(ctx.db, 'SAISIE', donnees, structureId)),
      mode: 'SAISIE',
      fournisseurId: structureId,
      creeParId: utilisateurId,
      modifieParId: utilisateurId,
    },
    include: INCLUSION_FACTURE_COMPLETE,
  });

  return presenterFacture(facture);
}

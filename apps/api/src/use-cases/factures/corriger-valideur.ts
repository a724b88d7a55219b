import type { CorrigerValideurBody, Facture } from '@choral/contracts';
import type { AppContext } from '../../app-context.ts';
import { changerStatut } from './changer-statut.ts';
import { consulterFacture } from './consulter-facture.ts';
import { pointeur, refusDepot } from './refus-depot.ts';
import { trouverFactureEmise } from './trouver-facture.ts';
import { valideurNomme } from './valideur-nomme.ts';

/**
 * « Corriger le valideur »: the valideur reported it is not this invoice's
 * (ERREUR_FOURNISSEUR_SUR_VALIDEUR); the supplier names the right one, checked as at deposit, and
 * the invoice awaits it (A_VALIDER_1, its members notified), the 15 days running again.
 */
export async function corrigerValideur(
  ctx: AppContext,
  utilisateurId: number,
  factureId: number,
  { valideur, commentaire }: CorrigerValideurBody,
): Promise<Facture> {
  const nomme = { identifiant: valideur.identifiant, codeService: valideur.codeService ?? null };
  await ctx.db.$transaction(async (tx) => {
    const facture = await trouverFactureEmise(tx, utilisateurId, factureId);
    const { structure, problemes } = await valideurNomme(tx, facture.cadre, facture.fournisseurId, nomme);
    if (problemes.length > 0 || !structure) {
      throw refusDepot(
        problemes.map((p) => ({ code: p.code, pointeur: pointeur(p.champ), message: p.message })),
      );
    }
    await changerStatut(
      tx,
      ctx.config.publicUrl,
      { ...facture, valideurId: structure.id },
      {
        action: 'CORRIGER_VALIDEUR',
        acteur: 'FOURNISSEUR',
        utilisateurId,
        commentaire,
        donnees: {
          valideurId: structure.id,
          codeServiceValideur: nomme.codeService,
          miseAValidationLe: new Date(),
        },
      },
    );
  });
  ctx.mailer.wake();

  return consulterFacture(ctx, utilisateurId, factureId);
}

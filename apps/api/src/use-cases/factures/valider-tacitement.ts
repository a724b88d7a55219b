import { limiteValidationTacite } from '@choral/domain/cycle-de-vie';
import type { ContexteTravaux } from '../../app-context.ts';
import { changerStatut } from './changer-statut.ts';
import { transmettreApresValidation } from './transmettre-apres-validation.ts';

/**
 * The daily tacit validation: every A9 / A12 invoice put to its valideur at least 15 days ago and
 * still A_VALIDER_1 becomes ABSENCE_VALIDATION_1_HORS_DELAI, then is deposited and routed like a
 * validated one. One transaction per invoice, conditional on its status (changerStatut): an
 * invoice validated or refused meanwhile, or already done by a previous run, is left alone, so
 * the job may run twice. Returns how many were validated.
 */
export async function validerTacitement(
  ctx: ContexteTravaux,
  maintenant: Date = new Date(),
): Promise<number> {
  const echues = await ctx.db.facture.findMany({
    where: { statut: 'A_VALIDER_1', miseAValidationLe: { lte: limiteValidationTacite(maintenant) } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  let validees = 0;
  for (const { id } of echues) {
    const faite = await ctx.db.$transaction(async (tx) => {
      const facture = await tx.facture.findUniqueOrThrow({
        where: { id },
        include: { fournisseur: true, destinataire: true, service: true },
      });
      if (facture.statut !== 'A_VALIDER_1') return false;
      await changerStatut(tx, ctx.config.publicUrl, facture, {
        action: 'VALIDER_TACITEMENT',
        acteur: 'PLATEFORME',
        utilisateurId: null,
      });
      await transmettreApresValidation(tx, ctx, id);

      return true;
    });
    if (faite) validees += 1;
  }
  if (validees > 0) ctx.mailer.wake();

  return validees;
}

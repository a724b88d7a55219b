import type { Prisma } from '@choral/db';
import type { ContexteTravaux } from '../../app-context.ts';
import { fileDe } from '../../jobs/file-travaux.ts';
import { changerStatut } from './changer-statut.ts';

/**
 * In the transaction of a validation (express or tacit): the A9 / A12 invoice is deposited
 * (VALIDEE_1 or ABSENCE_VALIDATION_1_HORS_DELAI → DEPOSEE) and its routing job enqueued, so that
 * it goes on exactly as any deposited invoice.
 */
export async function transmettreApresValidation(
  tx: Prisma.TransactionClient,
  ctx: Pick<ContexteTravaux, 'config'> & { file?: ContexteTravaux['file'] },
  factureId: number,
): Promise<void> {
  const facture = await tx.facture.findUniqueOrThrow({
    where: { id: factureId },
    include: { fournisseur: true, destinataire: true, service: true },
  });
  await changerStatut(tx, ctx.config.publicUrl, facture, {
    action: 'TRANSMETTRE_APRES_VALIDATION',
    acteur: 'PLATEFORME',
    utilisateurId: null,
  });
  await fileDe(ctx).acheminer(tx, factureId);
}

import type { Logger } from 'pino';
import type { ContexteTravaux } from '../app-context.ts';
import { purgerDonneesConnexion } from '../use-cases/comptes/purger-donnees-connexion.ts';
import { acheminerFacture } from '../use-cases/factures/acheminer-facture.ts';
import { envoyerResumes, type FormuleResume } from '../use-cases/notifications/envoyer-resumes.ts';
import {
  FILE_ACHEMINEMENT,
  FILE_PURGE,
  FILE_RESUME_HEBDOMADAIRE,
  FILE_RESUME_QUOTIDIEN,
  type TravailAcheminement,
} from './file-travaux.ts';

/** A running consumer of the job queue. */
export interface Travailleur {
  stop(): Promise<void>;
}

/**
 * Consumes routing jobs: polled every half second, up to 10 at a time (fetching again at once
 * while batches come back full), so a deposit is routed within a second or two. Each job
 * settles on its own: one failure is retried without replaying the others.
 */
export async function demarrerTravailleur(ctx: ContexteTravaux, log: Logger): Promise<Travailleur> {
  const { boss } = ctx.file;
  const id = await boss.work<TravailAcheminement>(
    FILE_ACHEMINEMENT,
    { batchSize: 10, pollingIntervalSeconds: 0.5, burstWhenBatchFull: true, perJobResults: true },
    async (travaux) => {
      const resultats = [];
      for (const travail of travaux) {
        try {
          await acheminerFacture(ctx, travail.data.factureId);
          resultats.push({ id: travail.id, status: 'completed' as const });
        } catch (error) {
          log.warn(
            { err: error, facture: travail.data.factureId },
            'acheminement en échec, nouvel essai plus tard',
          );
          resultats.push({ id: travail.id, status: 'failed' as const, output: { message: String(error) } });
        }
      }

      return resultats;
    },
  );

  const resumes: [string, FormuleResume][] = [
    [FILE_RESUME_QUOTIDIEN, 'QUOTIDIEN'],
    [FILE_RESUME_HEBDOMADAIRE, 'HEBDOMADAIRE'],
  ];
  const idsResumes = await Promise.all(
    resumes.map(([file, formule]) =>
      boss.work(file, async () => {
        const envoyes = await envoyerResumes({ db: ctx.db, publicUrl: ctx.config.publicUrl }, formule);
        if (envoyes > 0) ctx.mailer.wake();
        log.info(`Résumés (${formule.toLowerCase()}) envoyés : ${envoyes}`);
      }),
    ),
  );

  const idPurge = await boss.work(FILE_PURGE, async () => {
    const purges = await purgerDonneesConnexion(ctx.db);
    log.info(purges, 'données de connexion périmées supprimées');
  });

  return {
    async stop() {
      await boss.offWork(FILE_ACHEMINEMENT, { id, wait: true });
      await boss.offWork(FILE_PURGE, { id: idPurge, wait: true });
      for (const [i, [file]] of resumes.entries())
        await boss.offWork(file, { id: idsResumes[i], wait: true });
    },
  };
}

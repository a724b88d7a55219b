import type { Logger } from 'pino';
import type { ContexteTravaux } from '../app-context.ts';
import { DELAI_AVANT_RAMASSAGE_MS } from '../documents/stockage-documents.ts';
import { purgerDonneesConnexion } from '../use-cases/comptes/purger-donnees-connexion.ts';
import { acheminerFacture } from '../use-cases/factures/acheminer-facture.ts';
import { validerTacitement } from '../use-cases/factures/valider-tacitement.ts';
import { envoyerResumes, type FormuleResume } from '../use-cases/notifications/envoyer-resumes.ts';
import {
  FILE_ACHEMINEMENT,
  FILE_PURGE,
  FILE_RAMASSAGE_DOCUMENTS,
  FILE_RESUME_HEBDOMADAIRE,
  FILE_RESUME_QUOTIDIEN,
  FILE_VALIDATION_TACITE,
  type TravailAcheminement,
} from './file-travaux.ts';
import { demarrerIntegrationFlux } from './integration-flux.ts';
import { parTravail } from './par-travail.ts';

/** A running consumer of the job queue. */
export interface Travailleur {
  stop(): Promise<void>;
}

/**
 * How many routings run at once in one process, each on its own fetch loop (pg-boss workers): one
 * on the embedded database (one connection for everything), a few on a server (pool of 10).
 */
export const PARALLELISME_ACHEMINEMENT = { embarquee: 1, externe: 4 } as const;

export interface OptionsTravailleur {
  parallelisme?: number;
}

/**
 * Consumes routing jobs: `parallelisme` loops, each polling every half second for up to 8 jobs
 * (fetching again at once while batches come back full), so a deposit is routed within a second
 * or two and a backlog drains in parallel, never more than `parallelisme` transactions at a time.
 * Each job settles on its own: one failure is retried without replaying the others.
 */
export async function demarrerTravailleur(
  ctx: ContexteTravaux,
  log: Logger,
  { parallelisme = PARALLELISME_ACHEMINEMENT.externe }: OptionsTravailleur = {},
): Promise<Travailleur> {
  const { boss } = ctx.file;
  const id = await boss.work<TravailAcheminement>(
    FILE_ACHEMINEMENT,
    {
      batchSize: 8,
      localConcurrency: parallelisme,
      pollingIntervalSeconds: 0.5,
      burstWhenBatchFull: true,
      perJobResults: true,
    },
    parTravail(log, 'acheminement en échec, nouvel essai plus tard', (travail) =>
      acheminerFacture(ctx, travail.data.factureId),
    ),
  );

  const integrationFlux = await demarrerIntegrationFlux(ctx, log);

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

  const idRamassage = await boss.work(FILE_RAMASSAGE_DOCUMENTS, async () => {
    const ramasses = await ctx.stockage.ramasserOrphelins(new Date(Date.now() - DELAI_AVANT_RAMASSAGE_MS));
    log.info(`Contenus de documents orphelins supprimés : ${ramasses}`);
  });
  const idPurge = await boss.work(FILE_PURGE, async () => {
    const purges = await purgerDonneesConnexion(ctx.db);
    log.info(purges, 'données de connexion périmées supprimées');
  });

  const idValidation = await boss.work(FILE_VALIDATION_TACITE, async () => {
    const validees = await validerTacitement(ctx);
    log.info(`Factures validées tacitement (délai de validation dépassé) : ${validees}`);
  });

  return {
    async stop() {
      await boss.offWork(FILE_ACHEMINEMENT, { id, wait: true });
      await integrationFlux.stop();
      await boss.offWork(FILE_RAMASSAGE_DOCUMENTS, { id: idRamassage, wait: true });
      await boss.offWork(FILE_PURGE, { id: idPurge, wait: true });
      await boss.offWork(FILE_VALIDATION_TACITE, { id: idValidation, wait: true });
      for (const [i, [file]] of resumes.entries())
        await boss.offWork(file, { id: idsResumes[i], wait: true });
    },
  };
}

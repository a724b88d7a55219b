import type { Logger } from 'pino';
import type { ContexteTravaux } from '../app-context.ts';
import { creerLecteurFactures } from '../documents/lecteur-factures.ts';
import { integrerFlux, marquerFluxIncidente } from '../use-cases/flux/integrer-flux.ts';
import {
  FILE_INTEGRATION_FLUX,
  TENTATIVES_INTEGRATION_FLUX,
  type TravailIntegrationFlux,
} from './file-travaux.ts';
import { parTravail } from './par-travail.ts';

/**
 * Consumes flux integrations. Run by the background worker and, in a cluster, by every HTTP
 * process too: a batch's invoices go through the whole deposit, CPU work that all the cores share.
 * Two flux per fetch at most, so that waiting batches spread over the processes; a full fetch is
 * followed at once by the next (pg-boss bursts only from two up), so flux arriving by the dozen a
 * second do not wait for a poll.
 */
export async function demarrerIntegrationFlux(
  ctx: Pick<ContexteTravaux, 'config' | 'db' | 'mailer' | 'stockage' | 'file'>,
  log: Logger,
): Promise<{ stop(): Promise<void> }> {
  // Invoices are read as the portal's upload reads them, in a warm thread of their own.
  const lecteur = creerLecteurFactures({ threads: 1 });
  const id = await ctx.file.boss.work<TravailIntegrationFlux>(
    FILE_INTEGRATION_FLUX,
    {
      batchSize: 2,
      localConcurrency: 2,
      pollingIntervalSeconds: 0.5,
      burstWhenBatchFull: true,
      perJobResults: true,
    },
    parTravail(
      log,
      'intégration de flux en échec',
      (travail) => integrerFlux(ctx, lecteur, travail.data.fluxId),
      {
        tentatives: TENTATIVES_INTEGRATION_FLUX,
        // The last try: the flux ends IN_INCIDENTE (to deposit again) rather than waiting forever.
        conclure: (travail, erreur) =>
          marquerFluxIncidente(ctx, travail.data.fluxId, String((erreur as Error).message ?? erreur)),
      },
    ),
  );

  return {
    async stop() {
      await ctx.file.boss.offWork(FILE_INTEGRATION_FLUX, { id, wait: true });
      await lecteur.fermer();
    },
  };
}

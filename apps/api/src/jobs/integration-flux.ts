import type { Logger } from 'pino';
import type { ContexteTravaux } from '../app-context.ts';
import { creerLecteurFactures } from '../documents/lecteur-factures.ts';
import { integrerFlux, marquerFluxIncidente } from '../use-cases/flux/integrer-flux.ts';
import {
  FILE_INTEGRATION_FLUX,
  TENTATIVES_INTEGRATION_FLUX,
  type TravailIntegrationFlux,
} from './file-travaux.ts';

/**
 * Consumes flux integrations. Run by the background worker and, in a cluster, by every HTTP
 * process too: a batch's invoices go through the whole deposit, CPU work that all the cores share.
 * Like routing, single-invoice flux arriving by the dozen a second are fetched again at once.
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
      batchSize: 4,
      localConcurrency: 2,
      pollingIntervalSeconds: 0.5,
      burstWhenBatchFull: true,
      perJobResults: true,
    },
    async (travaux) => {
      const resultats = [];
      for (const travail of travaux) {
        try {
          await integrerFlux(ctx, lecteur, travail.data.fluxId);
          resultats.push({ id: travail.id, status: 'completed' as const });
        } catch (error) {
          log.warn({ err: error, flux: travail.data.fluxId }, 'intégration de flux en échec');
          // The last try: the flux ends IN_INCIDENTE (to deposit again) rather than waiting forever.
          if (travail.retryCount >= TENTATIVES_INTEGRATION_FLUX - 1) {
            await marquerFluxIncidente(ctx, travail.data.fluxId, String((error as Error).message ?? error));
            resultats.push({ id: travail.id, status: 'completed' as const });
          } else {
            resultats.push({ id: travail.id, status: 'failed' as const, output: { message: String(error) } });
          }
        }
      }

      return resultats;
    },
  );

  return {
    async stop() {
      await ctx.file.boss.offWork(FILE_INTEGRATION_FLUX, { id, wait: true });
      await lecteur.fermer();
    },
  };
}

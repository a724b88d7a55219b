import type { Job } from 'pg-boss';
import type { Logger } from 'pino';

type Resultat =
  | { id: string; status: 'completed' }
  | { id: string; status: 'failed'; output: { message: string } };

/**
 * A pg-boss handler (with `perJobResults`) that settles each job of a batch on its own: one
 * failure is retried alone, without replaying the others. `dernierEssai`, if given, is called
 * instead of failing a job whose retries are spent; the job then completes.
 */
export function parTravail<T extends object>(
  log: Logger,
  message: string,
  traiter: (travail: Job<T>) => Promise<void>,
  dernierEssai?: { tentatives: number; conclure: (travail: Job<T>, erreur: unknown) => Promise<void> },
): (travaux: Job<T>[]) => Promise<Resultat[]> {
  return async (travaux) => {
    const resultats: Resultat[] = [];
    for (const travail of travaux) {
      try {
        await traiter(travail);
        resultats.push({ id: travail.id, status: 'completed' });
      } catch (error) {
        log.warn({ err: error, travail: travail.data }, message);
        if (dernierEssai && travail.retryCount >= dernierEssai.tentatives - 1) {
          await dernierEssai.conclure(travail, error);
          resultats.push({ id: travail.id, status: 'completed' });
        } else {
          resultats.push({ id: travail.id, status: 'failed', output: { message: String(error) } });
        }
      }
    }

    return resultats;
  };
}

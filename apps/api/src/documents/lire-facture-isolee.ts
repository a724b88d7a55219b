import { Worker } from 'node:worker_threads';
import type { ResultatLecture } from '@choral/formats';

const WORKER = new URL('./lecture-facture-worker.ts', import.meta.url);

export interface LimitesLecture {
  delaiMs: number;
  memoireMo: number;
}

/** Enough for a 120 MB PDF; a file needing more is refused as too complex. */
export const LIMITES_LECTURE: LimitesLecture = { delaiMs: 10_000, memoireMo: 1024 };

function echec(code: 'DELAI_DEPASSE' | 'FICHIER_CORROMPU', message: string): ResultatLecture {
  return { ok: false, erreur: { code, message } };
}

/**
 * `lireFacture` in a worker thread with a memory cap and a deadline: a file that takes too long
 * or too much memory to read is refused like any unreadable file, and the worker is killed.
 * Never throws.
 */
export function lireFactureIsolee(
  octets: Uint8Array,
  limites: LimitesLecture = LIMITES_LECTURE,
): Promise<ResultatLecture> {
  // A private copy is transferred: the caller keeps its bytes to store them.
  const copie = Uint8Array.from(octets);
  const worker = new Worker(WORKER, {
    workerData: copie,
    transferList: [copie.buffer],
    resourceLimits: { maxOldGenerationSizeMb: limites.memoireMo },
  });

  return new Promise((resolve) => {
    const minuteur = setTimeout(() => {
      resolve(echec('DELAI_DEPASSE', 'La lecture du fichier a pris trop de temps : le fichier est refusé.'));
      void worker.terminate();
    }, limites.delaiMs);
    const terminer = (resultat: ResultatLecture) => {
      clearTimeout(minuteur);
      resolve(resultat);
      void worker.terminate();
    };
    worker.once('message', (resultat: ResultatLecture) => terminer(resultat));
    worker.once('error', () =>
      terminer(echec('FICHIER_CORROMPU', 'Fichier trop complexe pour être lu : il est refusé.')),
    );
    worker.once('exit', () =>
      terminer(echec('FICHIER_CORROMPU', 'La lecture du fichier a échoué : il est refusé.')),
    );
  });
}

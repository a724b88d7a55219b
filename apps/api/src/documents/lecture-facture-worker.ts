// A warm thread of the readers' pool (see lecteur-factures.ts): @choral/formats is loaded once
// per thread, and pdf-lib's synchronous parsing never blocks the requests of the main thread.
import type { MessagePort } from 'node:worker_threads';
import { threadId } from 'node:worker_threads';
import { lireFacture, type ResultatLecture } from '@choral/formats';

export interface TacheLecture {
  octets: Uint8Array;
  /** Told the thread and its CPU time at the start, so the parent can bound this read's CPU. */
  depart: MessagePort;
}

/** What the thread reports when it starts a read. */
export interface DepartLecture {
  threadId: number;
  cpuMicros: number;
}

export default function lire({ octets, depart }: TacheLecture): Promise<ResultatLecture> {
  const cpu = process.threadCpuUsage();
  depart.postMessage({ threadId, cpuMicros: cpu.user + cpu.system } satisfies DepartLecture);
  return lireFacture(octets);
}

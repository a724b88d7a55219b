import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { Logger } from 'pino';
import type { Config } from './config.ts';

/** Messages between the cluster's primary and its HTTP processes. */
export const MESSAGE_ARRETER = 'choral:arreter';
export const MESSAGE_COURRIELS = 'choral:courriels';
/** Longest wait for the HTTP processes to finish their requests at a stop. */
const DELAI_ARRET_MS = 20_000;

/**
 * How many HTTP processes serve the port: what `CHORAL_PROCESSUS` says, or by default one per core
 * on a PostgreSQL server (a process's requests run on one JavaScript thread, so one process leaves
 * the other cores to PostgreSQL and nothing else) and one on the embedded database, which serves a
 * single connection.
 */
export function nombreProcessusHttp(config: Config, base: 'embarquee' | 'externe'): number {
  if (config.processus !== 'auto') return config.processus;

  return base === 'embarquee' ? 1 : availableParallelism();
}

export interface GroupeHttp {
  /** Stops every HTTP process (each closes its server, letting running requests finish). */
  arreter(): Promise<void>;
}

/**
 * Forks `nombre` HTTP processes running the current entry point (they take the worker branch of
 * `demarrerPortail`) and resolves once all listen. A process that dies after it listened is
 * replaced; one that dies before ends the start (a port already taken, say) rather than looping.
 * `reveillerCourriels` is called when a process queued e-mails: the primary sends them.
 */
export function demarrerGroupeHttp(
  nombre: number,
  log: Logger,
  reveillerCourriels: () => void,
): Promise<GroupeHttp> {
  const prets = new Set<Worker>();
  let demarre = false;
  let arret = false;

  return new Promise((resolve, reject) => {
    const lancer = () => {
      const processus = cluster.fork();
      processus.on('message', (message) => {
        if (message === MESSAGE_COURRIELS) reveillerCourriels();
      });
      processus.once('listening', () => {
        prets.add(processus);
        if (prets.size === nombre && !demarre) {
          demarre = true;
          resolve({ arreter });
        }
      });
      processus.once('exit', (code, signal) => {
        const avaitDemarre = prets.delete(processus);
        if (arret) return;
        if (!demarre) {
          reject(new Error(`un processus HTTP s’est arrêté au démarrage (${signal ?? `code ${code}`})`));
          return;
        }
        log.error(`Processus HTTP ${processus.process.pid} arrêté (${signal ?? `code ${code}`}) : remplacé.`);
        // A replacement that could not start is tried again a second later, not in a tight loop.
        setTimeout(lancer, avaitDemarre ? 0 : 1000);
      });
    };
    for (let i = 0; i < nombre; i++) lancer();
  });

  async function arreter(): Promise<void> {
    arret = true;
    // A process that has not ended its requests after this long is killed: the stop must end.
    const delai = setTimeout(() => {
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGKILL');
    }, DELAI_ARRET_MS);
    const vivants = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
    await Promise.all(
      vivants.map(
        (w) =>
          new Promise<void>((fin) => {
            w.once('exit', () => fin());
            if (w.isDead()) fin();
            // The process may already be stopping on the same Ctrl-C (the terminal signals the group).
            if (w.isConnected()) w.send(MESSAGE_ARRETER);
          }),
      ),
    );
    clearTimeout(delai);
  }
}

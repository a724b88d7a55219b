import type { Logger } from 'pino';

/**
 * Ctrl-C / SIGTERM: runs the stop steps in order (stop taking work, let what runs finish, close
 * the database last: PGlite flushes to disk on close), then exits. A second signal forces the exit.
 * Returns the same stop for a caller that is not a signal (the cluster's primary asking an HTTP
 * process to stop): it is taken once, later calls wait for it.
 */
export function arreterSurSignal(
  log: Logger,
  etapes: readonly (() => Promise<unknown>)[],
): (motif: string) => Promise<void> {
  let arret: Promise<void> | undefined;
  function arreter(motif: string): Promise<void> {
    arret ??= (async () => {
      log.info(`${motif} : arrêt propre en cours…`);
      for (const etape of etapes) await etape();
      log.info('Arrêt terminé.');
      process.exit(0);
    })();

    return arret;
  }
  function surSignal(signal: string): void {
    if (arret) process.exit(1);
    void arreter(`${signal} reçu`);
  }
  process.on('SIGINT', () => surSignal('SIGINT'));
  process.on('SIGTERM', () => surSignal('SIGTERM'));

  return arreter;
}

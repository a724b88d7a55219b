import type { Logger } from 'pino';

/**
 * Ctrl-C / SIGTERM: runs the stop steps in order (stop taking work, let what runs finish, close
 * the database last: PGlite flushes to disk on close), then exits. A second signal forces the exit.
 */
export function arreterSurSignal(log: Logger, etapes: readonly (() => Promise<unknown>)[]): void {
  let stopping = false;
  async function shutdown(signal: string): Promise<void> {
    if (stopping) process.exit(1);
    stopping = true;
    log.info(`${signal} reçu : arrêt propre en cours…`);
    for (const etape of etapes) await etape();
    log.info('Arrêt terminé.');
    process.exit(0);
  }
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

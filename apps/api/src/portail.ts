import { readFileSync } from 'node:fs';
import { DataDirLockedError, DEFAULT_DATA_DIR, MigrationError } from '@choral/db';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { buildApp } from './app.ts';
import type { AppContext } from './app-context.ts';
import { ConfigError, loadConfig } from './config.ts';
import { loadDemoDataIfWanted } from './demo-data.ts';
import { ouvrirStockage } from './documents/ouvrir-stockage.ts';
import { arreterSurSignal } from './jobs/arreter-sur-signal.ts';
import { demarrerFileTravaux } from './jobs/file-travaux.ts';
import { demarrerTravailleur, PARALLELISME_ACHEMINEMENT } from './jobs/travailleur.ts';
import { loggerOptions } from './logger-options.ts';
import { startMailer } from './mail/mailer.ts';
import { startDatabase } from './start-database.ts';

const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  .version as string;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/**
 * Starts the portal, one process serving the API and the web app (`server.ts`). `avantEcoute`
 * may register extra routes before it listens: the end-to-end test server adds its test tools.
 */
export async function demarrerPortail(
  avantEcoute?: (app: FastifyInstance, ctx: AppContext) => Promise<void>,
): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env, DEFAULT_DATA_DIR);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }

  const log = pino(loggerOptions(config));
  let database: Awaited<ReturnType<typeof startDatabase>>;
  try {
    database = await startDatabase(config, log);
  } catch (error) {
    if (error instanceof DataDirLockedError) fail(error.message);
    if (error instanceof MigrationError)
      fail(`La migration de la base a échoué (rien n'a été modifié) : ${error.message}`);
    throw error;
  }
  await loadDemoDataIfWanted(database.db, config, log);

  const mailer = startMailer({ db: database.db, smtpUrl: config.smtpUrl, from: config.mailFrom, log });
  const stockage = await ouvrirStockage(config.stockageDocumentsUrl, database.db).catch((error: Error) =>
    fail(`Stockage des documents injoignable (STOCKAGE_DOCUMENTS_URL) : ${error.message}`),
  );
  const file = await demarrerFileTravaux(database.db, { log });
  const ctx = { config, db: database.db, mailer, file, stockage, databaseKind: database.kind, version };
  const app = await buildApp({ ctx, logger: loggerOptions(config) });
  await avantEcoute?.(app, ctx);
  await app.listen({ port: config.port, host: config.host });
  // The portal routes invoices itself, unless `pnpm worker` does it in its own process.
  const travailleur =
    config.travaux === 'portail'
      ? await demarrerTravailleur(ctx, log, { parallelisme: PARALLELISME_ACHEMINEMENT[database.kind] })
      : undefined;
  log.info(`Portail Choral prêt : ${config.publicUrl}`);
  if (config.outilsDev) {
    log.warn(
      `Outils de développement activés : ${config.publicUrl}/dev/boite-mail montre tous les courriels, liens compris (CHORAL_OUTILS_DEV=non pour les couper).`,
    );
  }

  arreterSurSignal(log, [
    () => app.close(),
    async () => travailleur?.stop(),
    () => file.stop(),
    () => mailer.stop(),
    () => database.stop(),
  ]);
}

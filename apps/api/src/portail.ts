import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { createDb, DataDirLockedError, DEFAULT_DATA_DIR, MigrationError } from '@choral/db';
import type { FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import { buildApp } from './app.ts';
import type { AppContext } from './app-context.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { loadDemoDataIfWanted } from './demo-data.ts';
import { ouvrirStockage } from './documents/ouvrir-stockage.ts';
import { arreterSurSignal } from './jobs/arreter-sur-signal.ts';
import { demarrerFileTravaux } from './jobs/file-travaux.ts';
import { demarrerIntegrationFlux } from './jobs/integration-flux.ts';
import { demarrerTravailleur, PARALLELISME_ACHEMINEMENT } from './jobs/travailleur.ts';
import { loggerOptions } from './logger-options.ts';
import { startMailer } from './mail/mailer.ts';
import {
  demarrerGroupeHttp,
  MESSAGE_ARRETER,
  MESSAGE_COURRIELS,
  nombreProcessusHttp,
} from './processus-http.ts';
import { startDatabase } from './start-database.ts';

const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  .version as string;

type AvantEcoute = (app: FastifyInstance, ctx: AppContext) => Promise<void>;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/**
 * Starts the portal (`server.ts`): the database, its migrations and demo data, the e-mails and
 * background jobs, and the HTTP server — in this process, or in `CHORAL_PROCESSUS` HTTP processes
 * forked from it that share the port (Node's cluster; each runs this same entry point and takes the
 * worker branch). `avantEcoute` may register extra routes before listening: the end-to-end test
 * server adds its test tools.
 */
export async function demarrerPortail(avantEcoute?: AvantEcoute): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env, DEFAULT_DATA_DIR);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const log = pino(loggerOptions(config));
  if (cluster.isWorker) return servirHttp(config, log, avantEcoute);

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
  const processus = nombreProcessusHttp(config, database.kind);
  let arreterHttp: () => Promise<unknown>;
  if (processus === 1) {
    const app = await buildApp({ ctx, logger: loggerOptions(config) });
    await avantEcoute?.(app, ctx);
    await app.listen({ port: config.port, host: config.host });
    arreterHttp = () => app.close();
  } else {
    const groupe = await demarrerGroupeHttp(processus, log, () => mailer.wake()).catch((error: Error) =>
      fail(`Le portail n’a pas pu démarrer : ${error.message}`),
    );
    arreterHttp = () => groupe.arreter();
  }
  // The portal routes invoices itself, unless `pnpm worker` does it in its own process.
  const travailleur =
    config.travaux === 'portail'
      ? await demarrerTravailleur(ctx, log, { parallelisme: PARALLELISME_ACHEMINEMENT[database.kind] })
      : undefined;
  log.info(
    `Portail Choral prêt : ${config.publicUrl}${processus > 1 ? ` (${processus} processus HTTP)` : ''}`,
  );
  if (config.outilsDev) {
    log.warn(
      `Outils de développement activés : ${config.publicUrl}/dev/boite-mail montre tous les courriels, liens compris (CHORAL_OUTILS_DEV=non pour les couper).`,
    );
  }

  arreterSurSignal(log, [
    arreterHttp,
    async () => travailleur?.stop(),
    () => file.stop(),
    () => mailer.stop(),
    () => database.stop(),
  ]);
}

/**
 * One HTTP process of the cluster: the primary already migrated the database and runs the jobs;
 * this one answers requests. Its e-mails are sent by the primary, woken by a message.
 */
async function servirHttp(config: Config, log: Logger, avantEcoute?: AvantEcoute): Promise<void> {
  // Listened to first: the primary may ask a process to stop while it is still starting.
  let arreter: ((motif: string) => Promise<void>) | undefined;
  let arretDemande = false;
  process.on('message', (message) => {
    if (message !== MESSAGE_ARRETER) return;
    arretDemande = true;
    void arreter?.('Arrêt du portail');
  });
  const db = createDb({ url: config.databaseUrl as string, ...config.pool });
  const stockage = await ouvrirStockage(config.stockageDocumentsUrl, db);
  const file = await demarrerFileTravaux(db, { log, envoiSeulement: true });
  const mailer = { wake: () => process.send?.(MESSAGE_COURRIELS), async stop() {} };
  const ctx = { config, db, mailer, file, stockage, databaseKind: 'externe' as const, version };
  const app = await buildApp({ ctx, logger: loggerOptions(config) });
  await avantEcoute?.(app, ctx);
  await app.listen({ port: config.port, host: config.host });
  // Batches of invoices are integrated by every core's process (see integration-flux.ts).
  const integrationFlux = config.travaux === 'portail' ? await demarrerIntegrationFlux(ctx, log) : undefined;

  arreter = arreterSurSignal(log, [
    () => app.close(),
    async () => integrationFlux?.stop(),
    () => file.stop(),
    () => db.$disconnect(),
  ]);
  if (arretDemande) void arreter('Arrêt du portail');
}

// `pnpm worker`: the background jobs alone (routing, summaries), for a deployment on a PostgreSQL
// server: run it beside portals started with CHORAL_TRAVAUX=separes, so that routing never
// competes with uploads for the portal's CPU. In the embedded mode the portal runs them itself.
import { DEFAULT_DATA_DIR } from '@choral/db';
import pino from 'pino';
import { ConfigError, loadConfig } from './config.ts';
import { ouvrirStockage } from './documents/ouvrir-stockage.ts';
import { arreterSurSignal } from './jobs/arreter-sur-signal.ts';
import { demarrerFileTravaux } from './jobs/file-travaux.ts';
import { demarrerTravailleur, PARALLELISME_ACHEMINEMENT } from './jobs/travailleur.ts';
import { loggerOptions } from './logger-options.ts';
import { startMailer } from './mail/mailer.ts';
import { startDatabase } from './start-database.ts';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig(process.env, DEFAULT_DATA_DIR);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const log = pino(loggerOptions(config));
const database = await startDatabase(config, log);
const mailer = startMailer({ db: database.db, smtpUrl: config.smtpUrl, from: config.mailFrom, log });
const stockage = await ouvrirStockage(config.stockageDocumentsUrl, database.db);
const file = await demarrerFileTravaux(database.db, { log });
const travailleur = await demarrerTravailleur({ config, db: database.db, mailer, file, stockage }, log, {
  parallelisme: PARALLELISME_ACHEMINEMENT[database.kind],
});
log.info('Travaux en arrière-plan démarrés (acheminement des factures).');

arreterSurSignal(log, [
  () => travailleur.stop(),
  () => file.stop(),
  () => mailer.stop(),
  () => database.stop(),
]);

import { type CreateDbOptions, createDb, type Db } from '@choral/db';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { type BuildAppOptions, buildApp } from '../../src/app.ts';
import type { AppContext } from '../../src/app-context.ts';
import { loadConfig } from '../../src/config.ts';
import type { LecteurFactures } from '../../src/documents/lecteur-factures.ts';
import { ouvrirStockage } from '../../src/documents/ouvrir-stockage.ts';
import type { StockageDocuments } from '../../src/documents/stockage-documents.ts';
import { demarrerFileTravaux, type FileTravaux } from '../../src/jobs/file-travaux.ts';
import { demarrerTravailleur, type Travailleur } from '../../src/jobs/travailleur.ts';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  ctx: AppContext & { file: FileTravaux };
  /** Starts the real routing worker (tests that let deposited invoices be routed). */
  demarrerTravailleur(): Promise<Travailleur>;
  close(): Promise<void>;
}

/**
 * The real application on the test file's own database (DATABASE_URL, set by
 * test-support/worker-database.ts). `beforeReady` may register extra routes, e.g. to exercise
 * the error handler.
 */
export async function buildTestApp(
  beforeReady?: (app: FastifyInstance) => void,
  options: {
    webDistDir?: string;
    tentatives?: number;
    stockage?: StockageDocuments;
    lecteurFactures?: LecteurFactures;
    /** Pool settings (the tests' small pool by default). */
    pool?: Omit<CreateDbOptions, 'url'>;
    env?: Record<string, string>;
    /** Request logs (none by default), e.g. into a stream the test reads. */
    logger?: BuildAppOptions['logger'];
  } = {},
): Promise<TestApp> {
  const url = process.env.DATABASE_URL as string;
  const config = loadConfig(
    // Tests set X-Forwarded-For to play several clients. Test files share two cores: their
    // start-up pauses must not count as overload (surcharge.int.test.ts tests that apart).
    {
      NODE_ENV: 'test',
      DATABASE_URL: url,
      PUBLIC_URL: 'http://choral.test',
      TRUST_PROXY: 'oui',
      CHORAL_MAX_EVENT_LOOP_DELAY_MS: '60000',
      ...options.env,
    },
    '/tmp/unused',
  );
  const db = createDb({ url, maxConnections: Number(process.env.TEST_POOL_MAX), ...options.pool });
  const mailer = { wake() {}, async stop() {} };
  const log = pino({ level: 'silent' });
  // The queue is started (deposits enqueue their routing); the worker only on demand.
  const file = await demarrerFileTravaux(db, { log, tentatives: options.tentatives });
  const stockage = options.stockage ?? (await ouvrirStockage(undefined, db));
  const ctx = { config, db, mailer, file, stockage, databaseKind: 'externe' as const, version: 'test' };
  const app = await buildApp({
    ctx,
    webDistDir: options.webDistDir,
    lecteurFactures: options.lecteurFactures,
    logger: options.logger,
  });
  beforeReady?.(app);
  await app.ready();
  const travailleurs: Travailleur[] = [];

  return {
    app,
    db,
    ctx,
    async demarrerTravailleur() {
      const travailleur = await demarrerTravailleur(ctx, log);
      travailleurs.push(travailleur);

      return travailleur;
    },
    async close() {
      await app.close();
      for (const t of travailleurs) await t.stop();
      // A test may have replaced the queue (restart): stop the current one.
      await ctx.file.stop();
      await db.$disconnect();
    },
  };
}

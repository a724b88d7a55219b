import { createDb, type Db } from '@choral/db';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  close(): Promise<void>;
}

/**
 * The real application on the test file's own database (DATABASE_URL, set by
 * test-support/worker-database.ts). `beforeReady` may register extra routes, e.g. to exercise
 * the error handler.
 */
export async function buildTestApp(
  beforeReady?: (app: FastifyInstance) => void,
  options: { webDistDir?: string } = {},
): Promise<TestApp> {
  const url = process.env.DATABASE_URL as string;
  const config = loadConfig(
    // Tests set X-Forwarded-For to play several clients.
    { NODE_ENV: 'test', DATABASE_URL: url, PUBLIC_URL: 'http://choral.test', TRUST_PROXY: 'oui' },
    '/tmp/unused',
  );
  const db = createDb({ url, maxConnections: Number(process.env.TEST_POOL_MAX) });
  const mailer = { wake() {}, async stop() {} };
  const app = await buildApp({
    ctx: { config, db, mailer, databaseKind: 'externe', version: 'test' },
    ...options,
  });
  beforeReady?.(app);
  await app.ready();

  return {
    app,
    db,
    async close() {
      await app.close();
      await db.$disconnect();
    },
  };
}

import { HealthResponseSchema } from '@choral/contracts';
import { createDb } from '@choral/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { ouvrirStockage } from '../src/documents/ouvrir-stockage.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

describe('GET /api/health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('reports the database up, with its kind and the version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });

    expect(res.statusCode).toBe(200);
    const body = HealthResponseSchema.parse(res.json());
    expect(body.status).toBe('ok');
    expect(body.database).toMatchObject({ status: 'up', kind: 'externe' });
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('reports the database down with 503 when it cannot be reached', async () => {
    const deadDb = createDb({ url: 'postgresql://postgres@127.0.0.1:1/nowhere', maxConnections: 1 });
    const app = await buildApp({
      ctx: {
        config: loadConfig({ NODE_ENV: 'test' }, '/tmp/unused'),
        db: deadDb,
        mailer: { wake() {}, async stop() {} },
        stockage: await ouvrirStockage(undefined, deadDb),
        databaseKind: 'externe',
        version: 'test',
      },
    });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/health' });

      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ status: 'degraded', database: { status: 'down' } });
    } finally {
      await app.close();
      await deadDb.$disconnect();
    }
  });
});

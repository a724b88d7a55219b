import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './support/test-app.ts';

// A stand-in for apps/web/dist, so this test does not depend on a build.
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'choral-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="fr"><title>Choral</title></html>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("choral")');

  return dir;
}

describe('serving the web app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(undefined, { webDistDir: fakeBuild() });
  });
  afterAll(() => t.close());

  it('serves index.html for client routes, to be revalidated on every visit', async () => {
    for (const url of ['/', '/structures', '/facturation/factures-emises?page=2']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('lang="fr"');
    }
    expect((await t.app.inject({ method: 'HEAD', url: '/structures' })).statusCode).toBe(200);
  });

  it('lets browsers keep hashed assets for a year', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/assets/index-abc123.js' });

    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('keeps unknown API routes as 404 problems, not the SPA', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/pas-de-route' });

    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

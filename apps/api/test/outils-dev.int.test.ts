import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './support/test-app.ts';

// A stand-in for apps/web/dist: the SPA would otherwise answer 200 for /dev/boite-mail.
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'choral-dist-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="fr"><title>Choral</title></html>');

  return dir;
}

/** Status of the mailbox page, of its API and the platform's own account of it. */
async function boiteMail(t: TestApp) {
  const page = await t.app.inject({ method: 'GET', url: '/dev/boite-mail' });
  const api = await t.app.inject({ method: 'GET', url: '/api/dev/boite-mail' });
  const health = await t.app.inject({ method: 'GET', url: '/api/health' });

  return { page: page.statusCode, api: api.statusCode, annonce: health.json().outilsDeveloppement };
}

describe('development tools (/dev/boite-mail)', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('are absent when listening on a network address without CHORAL_OUTILS_DEV', async () => {
    t = await buildTestApp(undefined, { webDistDir: fakeBuild(), env: { HOST: '0.0.0.0' } });

    expect(await boiteMail(t)).toEqual({ page: 404, api: 404, annonce: false });
  });

  it('are present on a loopback address, and say so', async () => {
    t = await buildTestApp(undefined, { webDistDir: fakeBuild(), env: { HOST: '127.0.0.1' } });

    expect(await boiteMail(t)).toEqual({ page: 200, api: 200, annonce: true });
  });

  it('follow CHORAL_OUTILS_DEV when it is set', async () => {
    t = await buildTestApp(undefined, {
      webDistDir: fakeBuild(),
      env: { HOST: '0.0.0.0', CHORAL_OUTILS_DEV: 'oui' },
    });
    expect(await boiteMail(t)).toEqual({ page: 200, api: 200, annonce: true });
    await t.close();

    t = await buildTestApp(undefined, {
      webDistDir: fakeBuild(),
      env: { HOST: 'localhost', CHORAL_OUTILS_DEV: 'non' },
    });
    expect(await boiteMail(t)).toEqual({ page: 404, api: 404, annonce: false });
  });

  it('leave test-only helpers out of the product: no route expires an account’s links', async () => {
    t = await buildTestApp(undefined, { env: { HOST: '127.0.0.1' } });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/dev/comptes/expirer-liens',
      headers: { 'x-csrf-token': 'anonyme' },
      payload: { email: 'personne@example.test' },
    });

    expect(res.statusCode).toBe(404);
  });
});

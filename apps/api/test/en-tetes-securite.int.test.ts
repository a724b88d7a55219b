import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './support/test-app.ts';

function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'choral-dist-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="fr"><title>Choral</title></html>');

  return dir;
}

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp(undefined, { webDistDir: fakeBuild() });
});
afterAll(() => t.close());

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: unknown): Record<string, string> {
  return Object.fromEntries(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([nom]) => nom)
      .map(([nom, ...valeurs]) => [nom, valeurs.join(' ')]),
  );
}

describe('security headers', () => {
  it('protect the pages of the web app, the API and its errors alike', async () => {
    for (const url of ['/', '/structures', '/api/health', '/api/inconnue']) {
      const res = await t.app.inject({ method: 'GET', url });
      const csp = directives(res.headers['content-security-policy']);

      expect(csp, url).toMatchObject({
        'default-src': "'self'",
        'frame-ancestors': "'self'",
        'object-src': "'none'",
        'base-uri': "'self'",
        'form-action': "'self'",
      });
      // Scripts only from the portal itself (pdf.js's worker included), never inline or eval.
      expect(csp['script-src'], url).not.toMatch(/unsafe-inline|'unsafe-eval'/);
      expect(csp, url).not.toHaveProperty('upgrade-insecure-requests');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('same-origin');
      expect(res.headers['x-frame-options'], url).toBe('SAMEORIGIN');
    }
  });

  it('let the API documentation run under the same policy', async () => {
    const redirection = await t.app.inject({ method: 'GET', url: '/api/docs' });
    const cible = String(redirection.headers.location ?? '/api/docs');
    const res = await t.app.inject({
      method: 'GET',
      url: cible.startsWith('/') ? cible : `/api/${cible}`,
    });

    expect(res.statusCode).toBe(200);
    expect(directives(res.headers['content-security-policy'])['default-src']).toBe("'self'");
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, startPortal, waitForHealth } from './support/portal-process.ts';

async function healthDatabase(port: number): Promise<unknown> {
  const res = await fetch(`http://127.0.0.1:${port}/api/health`);

  return ((await res.json()) as { database: unknown }).database;
}

describe('the portal process (pnpm start)', () => {
  it('stops at once with one line per bad variable', async () => {
    const portal = startPortal({ PORT: 'abc', DATABASE_URL: 'mysql://x', NODE_ENV: 'production' });

    expect(await portal.exited).toBe(1);
    const out = portal.output();
    expect(out).toContain('Configuration invalide');
    expect(out).toMatch(/PORT : /);
    expect(out).toMatch(/DATABASE_URL : doit être une URL postgresql/);
    expect(out).toMatch(/SESSION_SECRET : obligatoire en production/);
  });

  it('runs on the embedded database, survives a restart, refuses a second instance and stops cleanly', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'choral-portal-'));
    const port = await freePort();
    const env = { PORT: String(port), CHORAL_DATA_DIR: dataDir };

    const first = startPortal(env);
    await waitForHealth(port, first);
    expect(first.output()).toContain(`PostgreSQL embarqué (PGlite), données dans ${dataDir}/pglite`);
    expect(first.output()).toContain('Données de démonstration chargées');
    expect(await healthDatabase(port)).toMatchObject({ status: 'up', kind: 'embarquee' });

    const second = startPortal({ ...env, PORT: String(await freePort()) });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain('est déjà utilisé par un autre processus Choral');

    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('Arrêt terminé.');

    const restarted = startPortal(env);
    try {
      await waitForHealth(port, restarted);
      // Same data: the demo data is not loaded again, because the accounts are already there.
      expect(restarted.output()).not.toContain('Données de démonstration chargées');
      expect(restarted.output()).not.toContain('Migrations appliquées');
    } finally {
      restarted.child.kill('SIGINT');
      expect(await restarted.exited).toBe(0);
    }
  });

  it('uses the PostgreSQL server given by DATABASE_URL', async () => {
    const port = await freePort();
    const portal = startPortal({
      PORT: String(port),
      DATABASE_URL: process.env.DATABASE_URL as string,
      CHORAL_DEMO_DATA: 'non',
    });
    try {
      await waitForHealth(port, portal);
      expect(portal.output()).toContain('Base de données : serveur PostgreSQL');
      const health = (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as {
        database: unknown;
      };
      expect(health.database).toMatchObject({ status: 'up', kind: 'externe' });
    } finally {
      portal.child.kill('SIGINT');
      await portal.exited;
    }
  });
});

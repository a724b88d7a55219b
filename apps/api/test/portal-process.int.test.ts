import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@choral/db';
import { describe, expect, it } from 'vitest';
import { ClientHttp } from './support/client-http.ts';
import { attendre } from './support/cycle.ts';
import { freePort, startPortal, waitForHealth } from './support/portal-process.ts';

/** The processes a portal forked (its HTTP processes in a cluster). */
function enfants(pid: number): number[] {
  try {
    return execFileSync('ps', ['--ppid', String(pid), '-o', 'pid='], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.trim())
      .map(Number);
  } catch {
    return []; // ps exits 1 when there is none
  }
}

function existe(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

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

  it('serves from several HTTP processes on a PostgreSQL server, replaces one that dies, stops them all', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const portal = startPortal({
      PORT: String(port),
      DATABASE_URL: process.env.DATABASE_URL as string,
      CHORAL_PROCESSUS: '2',
      CHORAL_DEMO_DATA: 'oui',
    });
    const pid = portal.child.pid as number;
    let vus: number[] = [];
    try {
      await waitForHealth(port, portal);
      await attendre(async () => portal.output().includes('Portail Choral prêt') || null);
      expect(portal.output()).toContain('(2 processus HTTP)');
      const http = enfants(pid);
      expect(http).toHaveLength(2);

      // A session opened on one process is honoured by the other: all state is in the database.
      const client = await new ClientHttp(base).login(DEMO_ACCOUNTS[0]?.email as string, DEMO_PASSWORD);
      for (let i = 0; i < 20; i++) expect((await client.request('GET', '/api/session')).status).toBe(200);

      process.kill(http[0] as number, 'SIGKILL');
      await attendre(async () => portal.output().includes('arrêté (SIGKILL) : remplacé') || null);
      await attendre(
        async () => (enfants(pid).length === 2 && !enfants(pid).includes(http[0] as number)) || null,
      );
      for (let i = 0; i < 10; i++) expect((await client.request('GET', '/api/session')).status).toBe(200);
      vus = enfants(pid);
    } finally {
      portal.child.kill('SIGINT');
      expect(await portal.exited).toBe(0);
    }
    // Every HTTP process ended with the portal (signal 0 only asks whether the process exists).
    expect(vus.filter((p) => existe(p))).toEqual([]);
    expect(portal.output().match(/Arrêt terminé\./g)).toHaveLength(3);
  }, 60_000);
});

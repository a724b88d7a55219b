// Integration tests run against a real PostgreSQL: TEST_DATABASE_URL, else the local server on
// 127.0.0.1:5432, else an embedded PGlite (also forced by TEST_DATABASE_URL=embarquee). On a server, migrations are applied once to a
// template database, and each test file gets a fresh copy of it (see worker-database.ts).
import { randomBytes } from 'node:crypto';
import { applyMigrations, startEmbeddedDatabase } from '@choral/db';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

const LOCAL_SERVER = 'postgresql://postgres@127.0.0.1:5432/postgres';
// One template per run: concurrent runs (two checkouts, CI beside a developer) never drop each other's.
const TEMPLATE = `choral_test_template_${randomBytes(5).toString('hex')}`;

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the server's maintenance database, or of the embedded database. */
    databaseServerUrl: string;
    /** Template to copy per test file; absent on the embedded database (a single database). */
    templateDatabase?: string;
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();

    return true;
  } catch {
    return false;
  }
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;

  return u.toString();
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const wanted = process.env.TEST_DATABASE_URL;
  const serverUrl =
    wanted === 'embarquee'
      ? undefined
      : (wanted ?? ((await canConnect(LOCAL_SERVER)) ? LOCAL_SERVER : undefined));
  if (!serverUrl) {
    console.warn('[tests] Base PGlite embarquée (aucun serveur PostgreSQL choisi ou joignable).');
    const embedded = await startEmbeddedDatabase();
    await applyMigrations({ url: embedded.url });
    project.provide('databaseServerUrl', embedded.url);

    return () => embedded.stop();
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  await admin.end();
  await applyMigrations({ url: withDatabase(serverUrl, TEMPLATE) });
  console.info(`[tests] PostgreSQL ${new URL(serverUrl).host}, base modèle ${TEMPLATE} migrée.`);
  project.provide('databaseServerUrl', serverUrl);
  project.provide('templateDatabase', TEMPLATE);

  return async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
    await client.end();
  };
}

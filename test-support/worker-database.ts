// Runs before each integration test file: a fresh database copied from the migrated template,
// exposed as process.env.DATABASE_URL, dropped after the file.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';

const serverUrl = inject('databaseServerUrl');
const template = inject('templateDatabase');
const name = `choral_test_${randomBytes(6).toString('hex')}`;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

if (template) {
  beforeAll(async () => {
    await admin(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
  });
  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
} else {
  process.env.DATABASE_URL = serverUrl;
}
// The embedded database takes one connection at a time (see packages/db/src/embedded-database.ts).
process.env.TEST_POOL_MAX = template ? '4' : '1';

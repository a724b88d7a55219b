import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedDatabase, startEmbeddedDatabase } from '../src/embedded-database.ts';
import { applyMigrations, MigrationError, readMigrationList } from '../src/migrator.ts';
import { MIGRATIONS_DIR } from '../src/paths.ts';

// Each case needs an empty database of its own: a scratch in-memory PGlite, a real PostgreSQL.
async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('migrator (WASM schema engine)', () => {
  let scratch: EmbeddedDatabase;
  beforeAll(async () => {
    scratch = await startEmbeddedDatabase();
  });
  afterAll(() => scratch.stop());

  it('applies every migration to a fresh database, recording them as prisma migrate deploy does', async () => {
    const expected = readMigrationList().migrationDirectories.map((d) => d.path);

    const applied = await applyMigrations({ url: scratch.url });

    expect(applied).toEqual(expected);
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      scratch.url,
      'SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(expected);
    expect(rows.every((r) => r.finished_at !== null && /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
    const tables = await query<{ tablename: string }>(
      scratch.url,
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
    );
    expect(tables.map((t) => t.tablename)).toEqual(
      expect.arrayContaining(['utilisateur', 'structure', 'service', 'session']),
    );
  });

  it('does nothing on an already migrated database', async () => {
    expect(await applyMigrations({ url: scratch.url })).toEqual([]);
  });

  it('rolls a failing migration back and reports it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'choral-migrations-'));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    mkdirSync(join(dir, '29991231000000_cassee'));
    writeFileSync(
      join(dir, '29991231000000_cassee', 'migration.sql'),
      'CREATE TABLE demi_ecrite (id int);\nINSERT INTO table_qui_nexiste_pas VALUES (1);\n',
    );

    await expect(applyMigrations({ url: scratch.url, migrationsDir: dir })).rejects.toThrow(MigrationError);

    const leftovers = await query(scratch.url, "SELECT 1 FROM pg_tables WHERE tablename = 'demi_ecrite'");
    expect(leftovers).toHaveLength(0);
  });

  it('still refuses to start after that failure, although every other migration is applied', async () => {
    // The up-to-date shortcut must not hide the failed migration recorded by the previous test.
    await expect(applyMigrations({ url: scratch.url })).rejects.toThrow(MigrationError);
  });
});

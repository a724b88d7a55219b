import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedDatabase, startEmbeddedDatabase } from '../src/embedded-database.ts';
import { diffSchemas, readMigrationList } from '../src/migrator.ts';
import { SCHEMA_PATH, SCHEMA_SNAPSHOT_PATH } from '../src/paths.ts';

describe('schema and migrations', () => {
  let scratch: EmbeddedDatabase;
  beforeAll(async () => {
    scratch = await startEmbeddedDatabase();
  });
  afterAll(() => scratch.stop());

  it('has a migration for every change of prisma/schema.prisma (run `pnpm db:migration <nom>`)', async () => {
    const pending = await diffSchemas({
      url: scratch.url,
      from: readFileSync(SCHEMA_SNAPSHOT_PATH, 'utf8'),
      to: readFileSync(SCHEMA_PATH, 'utf8'),
    });

    expect(pending).toBe('');
  });

  it('writes the SQL of a change between two schemas', async () => {
    const before = 'datasource db {\n  provider = "postgresql"\n}\nmodel Note {\n  id Int @id\n}\n';
    const after = before.replace('id Int @id', 'id Int @id\n  texte String?');

    expect(await diffSchemas({ url: scratch.url, from: before, to: after })).toMatch(
      /ALTER TABLE "Note" ADD COLUMN\s+"texte" TEXT/,
    );
    expect(await diffSchemas({ url: scratch.url, from: null, to: before })).toMatch(/CREATE TABLE "Note"/);
  });

  it('keeps the standard Prisma layout', () => {
    for (const dir of readMigrationList().migrationDirectories) {
      expect(dir.path).toMatch(/^\d{14}_[a-z0-9_]+$/);
      expect(dir.migrationFile.path).toBe('migration.sql');
    }
  });
});

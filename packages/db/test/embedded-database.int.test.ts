import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError } from '../src/data-dir-lock.ts';
import { startEmbeddedDatabase } from '../src/embedded-database.ts';

async function run(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('embedded database (PGlite over a loopback socket)', () => {
  it('keeps its data across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'choral-data-'));
    const first = await startEmbeddedDatabase({ dataDir });
    await run(first.url, "CREATE TABLE note (texte text); INSERT INTO note VALUES ('conservée')");
    await first.stop();

    const second = await startEmbeddedDatabase({ dataDir });
    try {
      const { rows } = await run(second.url, 'SELECT texte FROM note');
      expect(rows).toEqual([{ texte: 'conservée' }]);
    } finally {
      await second.stop();
    }
  });

  it('refuses a second instance on the same folder, then accepts one once the first stopped', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'choral-data-'));
    const first = await startEmbeddedDatabase({ dataDir });

    await expect(startEmbeddedDatabase({ dataDir })).rejects.toThrow(DataDirLockedError);

    await first.stop();
    const again = await startEmbeddedDatabase({ dataDir });
    await again.stop();
  });

  it('unpacks a new database from the template, and leaves an existing one as it is', async () => {
    const marque = await PGlite.create();
    await marque.exec('CREATE TABLE venue_du_modele (id int)');
    const template = await marque.dumpDataDir('gzip');
    await marque.close();
    const dataDir = mkdtempSync(join(tmpdir(), 'choral-data-'));

    const neuve = await startEmbeddedDatabase({ dataDir, template });
    await run(neuve.url, 'DROP TABLE venue_du_modele');
    await neuve.stop();
    const existante = await startEmbeddedDatabase({ dataDir, template });
    try {
      const { rows } = await run(existante.url, "SELECT to_regclass('venue_du_modele') AS t");
      expect(rows).toEqual([{ t: null }]);
    } finally {
      await existante.stop();
    }
  }, 120_000); // three clusters started in WebAssembly, one of them by initdb
});

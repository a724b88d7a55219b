import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type EmbeddedDatabase, startEmbeddedDatabase } from '../src/embedded-database.ts';
import { applyMigrations } from '../src/migrator.ts';
import { MIGRATIONS_DIR } from '../src/paths.ts';

const MIGRATION = '20261203084434_stockage_adresse_par_contenu';

// The embedded database serves one connection at a time: one client per statement.
async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const sha = (octets: Buffer) => createHash('sha256').update(octets).digest('hex');

let base: EmbeddedDatabase;
beforeAll(async () => {
  base = await startEmbeddedDatabase();
});
afterAll(() => base.stop());

it('adresse les contenus existants par leur SHA-256 sans perdre un octet', async () => {
  // The database as it was just before this migration: the later ones may build on it.
  const avant = mkdtempSync(join(tmpdir(), 'choral-migrations-'));
  cpSync(MIGRATIONS_DIR, avant, { recursive: true });
  for (const nom of readdirSync(avant)) {
    if (/^\d{14}_/.test(nom) && nom >= MIGRATION) rmSync(join(avant, nom), { recursive: true });
  }
  await applyMigrations({ url: base.url, migrationsDir: avant });
  const [utilisateur] = await query<{ id: number }>(
    base.url,
    `INSERT INTO utilisateur (email, email_contact, prenom, nom, mot_de_passe_hash, actif, modifie_le)
     VALUES ('a@exemple.test', 'a@exemple.test', 'A', 'B', 'x', true, now()) RETURNING id`,
  );
  const [structure] = await query<{ id: number }>(
    base.url,
    `INSERT INTO structure (type, type_identifiant, identifiant, raison_sociale, modifie_le)
     VALUES ('PRIVEE', 'SIRET', '12345678901234', 'S', now()) RETURNING id`,
  );
  const [facture] = await query<{ id: number }>(
    base.url,
    `INSERT INTO facture (cadre, mode, fournisseur_id, cree_par_id, modifie_par_id, modifie_le)
     VALUES ('A1', 'DEPOT', $1, $2, $2, now()) RETURNING id`,
    [structure?.id, utilisateur?.id],
  );
  const a = Buffer.from('contenu A');
  const b = Buffer.from('contenu B');
  // Two documents with the same bytes under two keys, a third one, and bytes nobody points at.
  for (const [cle, octets] of [
    ['k1', a],
    ['k2', a],
    ['k3', b],
    ['k4', Buffer.from('orphelin')],
  ] as const) {
    await query(base.url, 'INSERT INTO contenu_document (cle, octets) VALUES ($1, $2)', [cle, octets]);
  }
  for (const [cle, octets] of [
    ['k1', a],
    ['k2', a],
    ['k3', b],
  ] as const) {
    await query(
      base.url,
      `INSERT INTO document_facture (facture_id, role, nom, type_mime, taille, sha256, cle)
       VALUES ($1, 'PIECE_JOINTE', 'n.txt', 'text/plain', $2, $3, $4)`,
      [facture?.id, octets.length, sha(octets), cle],
    );
  }

  const appliquees = await applyMigrations({ url: base.url });
  expect(appliquees[0]).toBe(MIGRATION);

  const contenus = await query<{ sha256: string; taille: number; octets: Buffer }>(
    base.url,
    `SELECT c.sha256, c.taille, m.octets FROM contenu_document c
     JOIN morceau_document m ON m.televersement = c.televersement AND m.rang = 0 ORDER BY c.sha256`,
  );
  expect(contenus).toEqual(
    [
      { sha256: sha(a), taille: a.length, octets: a },
      { sha256: sha(b), taille: b.length, octets: b },
    ].sort((x, y) => x.sha256.localeCompare(y.sha256)),
  );
  const documents = await query<{ sha256: string }>(
    base.url,
    'SELECT sha256 FROM document_facture ORDER BY id',
  );
  expect(documents.map((d) => d.sha256)).toEqual([sha(a), sha(a), sha(b)]);
});

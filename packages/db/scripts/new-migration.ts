// pnpm db:migration <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL
// that takes the existing migrations to the current schema. It diffs against a scratch
// in-memory database, so the user's data is never touched.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedDatabase } from '../src/embedded-database.ts';
import { applyMigrations, diffSchemaAgainstMigrations } from '../src/migrator.ts';
import { MIGRATIONS_DIR } from '../src/paths.ts';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage : pnpm db:migration <nom_en_snake_case>');
  process.exit(1);
}

const scratch = await startEmbeddedDatabase();
try {
  await applyMigrations({ url: scratch.url });
  const sql = await diffSchemaAgainstMigrations({ url: scratch.url });
  if (sql === '') {
    console.log('Le schéma est déjà à jour : aucune migration écrite.');
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = join(MIGRATIONS_DIR, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'migration.sql'), sql);
    writeFileSync(join(MIGRATIONS_DIR, 'migration_lock.toml'), 'provider = "postgresql"\n');
    console.log(`Migration écrite : ${dir}/migration.sql`);
  }
} finally {
  await scratch.stop();
}

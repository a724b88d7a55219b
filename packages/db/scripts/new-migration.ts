// pnpm db:migration <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL
// that takes the schema as the last migration left it (the snapshot kept beside the migrations)
// to prisma/schema.prisma, then moves the snapshot forward. Nothing touches the user's data.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedDatabase } from '../src/embedded-database.ts';
import { diffSchemas, readMigrationList } from '../src/migrator.ts';
import { MIGRATIONS_DIR, SCHEMA_PATH, SCHEMA_SNAPSHOT_PATH } from '../src/paths.ts';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage : pnpm db:migration <nom_en_snake_case>');
  process.exit(1);
}
const hasMigrations = readMigrationList().migrationDirectories.length > 0;
if (hasMigrations && !existsSync(SCHEMA_SNAPSHOT_PATH)) {
  console.error(
    `Instantané du schéma introuvable (${SCHEMA_SNAPSHOT_PATH}) : impossible de calculer la différence.`,
  );
  process.exit(1);
}

const scratch = await startEmbeddedDatabase();
try {
  const sql = await diffSchemas({
    url: scratch.url,
    from: hasMigrations ? readFileSync(SCHEMA_SNAPSHOT_PATH, 'utf8') : null,
    to: readFileSync(SCHEMA_PATH, 'utf8'),
  });
  if (sql === '') {
    console.log('Le schéma est déjà à jour : aucune migration écrite.');
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = join(MIGRATIONS_DIR, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'migration.sql'), sql);
    writeFileSync(join(MIGRATIONS_DIR, 'migration_lock.toml'), 'provider = "postgresql"\n');
    copyFileSync(SCHEMA_PATH, SCHEMA_SNAPSHOT_PATH);
    console.log(`Migration écrite : ${dir}/migration.sql`);
  }
} finally {
  await scratch.stop();
}

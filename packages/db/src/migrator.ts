import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { DiffTarget, MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import pg from 'pg';
import { MIGRATIONS_DIR, SCHEMA_PATH } from './paths.ts';

// Migrations run on Prisma's WASM schema engine through the pg driver adapter, so nothing
// native is downloaded. The folder layout and the `_prisma_migrations` table are Prisma's own:
// `prisma migrate deploy` keeps working wherever its native engine is available.

const NO_FILTER = { externalTables: [], externalEnums: [] };

export interface MigratorOptions {
  url: string;
  migrationsDir?: string;
  schemaPath?: string;
  log?: (line: string) => void;
}

/** Thrown when a migration fails; PostgreSQL rolled its statements back. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

/**
 * The pg adapter runs a migration script statement by statement, split on ';' (which also
 * breaks function bodies). We send the whole script as one simple-protocol query instead:
 * PostgreSQL then runs it as a single implicit transaction, so a failing migration leaves
 * nothing half-applied.
 */
function withAtomicScripts(factory: PrismaPg, pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      adapter.executeScript = async (script: string) => {
        await pool.query(script);
      };

      return adapter;
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}

async function withEngine<T>(
  options: MigratorOptions,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const schema = readFileSync(options.schemaPath ?? SCHEMA_PATH, 'utf8');
  // Our own pool, so that its connection is closed afterwards (the engine does not close it,
  // and a lingering connection would block CREATE DATABASE … TEMPLATE).
  const pool = new pg.Pool({ connectionString: options.url, max: 1 });
  const adapter = bindMigrationAwareSqlAdapterFactory(withAtomicScripts(new PrismaPg(pool), pool));
  // Imported on demand: importing compiles the engine's WASM, which an up-to-date start skips.
  const { SchemaEngine } = await import('@prisma/schema-engine-wasm');
  const engine = await SchemaEngine.new(
    { datamodels: [['schema.prisma', schema]] },
    (line: string) => options.log?.(line),
    adapter,
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}

/** Reads `prisma/migrations/<timestamp>_<name>/migration.sql` as the engine expects it. */
export function readMigrationList(migrationsDir = MIGRATIONS_DIR): MigrationList {
  const names = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = join(migrationsDir, 'migration_lock.toml');

  return {
    baseDir: migrationsDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: readFileSync(join(migrationsDir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

/**
 * Whether every migration is already applied and none is left failed: then the start does not
 * need the engine at all. Anything else (a new database, a pending or failed migration) goes to
 * the engine, which applies or reports as `prisma migrate deploy` does.
 */
async function allApplied(url: string, names: string[]): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present");
    if (!table.rows[0]?.present) return false;
    const { rows } = await client.query<{ migration_name: string; finished: boolean }>(
      'SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations WHERE rolled_back_at IS NULL',
    );
    const applied = new Set(rows.filter((row) => row.finished).map((row) => row.migration_name));
    return rows.every((row) => row.finished) && names.every((name) => applied.has(name));
  } finally {
    await client.end();
  }
}

/** Applies pending migrations; returns the names of those just applied (empty when up to date). */
export async function applyMigrations(options: MigratorOptions): Promise<string[]> {
  const migrationsList = readMigrationList(options.migrationsDir);
  const names = migrationsList.migrationDirectories.map((directory) => directory.path);
  if (await allApplied(options.url, names)) return [];
  try {
    const { appliedMigrationNames } = await withEngine(options, (engine) =>
      engine.applyMigrations({ migrationsList, filters: NO_FILTER }),
    );

    return appliedMigrationNames;
  } catch (error) {
    throw new MigrationError(describeEngineError(error), { cause: error });
  }
}

/**
 * SQL that takes a database shaped by the `from` schema (null: an empty database) to the `to`
 * schema; '' when they agree. Both sides are schema texts: the WASM engine cannot describe a live
 * database through the pg adapter, so `pnpm db:migration` diffs against the schema snapshot kept
 * beside the migrations. `url` is any reachable database (the engine needs a connection).
 */
export async function diffSchemas({
  url,
  from,
  to,
}: {
  url: string;
  from: string | null;
  to: string;
}): Promise<string> {
  const datamodel = (content: string): DiffTarget => ({
    tag: 'schemaDatamodel',
    files: [{ path: 'schema.prisma', content }],
  });
  const result = await withEngine({ url }, (engine) =>
    engine.diff({
      from: from === null ? { tag: 'empty' } : datamodel(from),
      to: datamodel(to),
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    }),
  );
  const script = result.stdout ?? '';

  return script.includes('This is an empty migration') || /^\s*(--.*\s*)*$/.test(script) ? '' : script;
}

function describeEngineError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);

  return String(error);
}

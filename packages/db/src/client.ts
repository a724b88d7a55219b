import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/prisma/client.ts';

export type Db = PrismaClient;

/** The node-postgres pool behind a Db, for the few clients that speak SQL themselves (the job queue). */
export type PoolSql = pg.Pool;

export interface CreateDbOptions {
  url: string;
  /** The embedded database serves one connection at a time: callers pass 1 there. */
  maxConnections?: number;
  /**
   * How long a query or a transaction waits for a free connection before failing (then the
   * API answers 503 with Retry-After rather than letting requests pile up).
   */
  poolTimeoutMs?: number;
  /** Longest an interactive transaction may run before it is rolled back. */
  transactionTimeoutMs?: number;
}

/** Defaults sized for one portal process on a small server; see README « Variables d'environnement ». */
export const POOL_PAR_DEFAUT = { maxConnections: 10, poolTimeoutMs: 3_000, transactionTimeoutMs: 15_000 };

const pools = new WeakMap<Db, PoolSql>();

/**
 * Prisma client over node-postgres, the only driver we use (also against the embedded PGlite socket).
 * The pool is ours and shared (see `poolSql`); `$disconnect()` ends it.
 */
export function createDb({
  url,
  maxConnections = POOL_PAR_DEFAUT.maxConnections,
  poolTimeoutMs = POOL_PAR_DEFAUT.poolTimeoutMs,
  transactionTimeoutMs = POOL_PAR_DEFAUT.transactionTimeoutMs,
}: CreateDbOptions): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: maxConnections,
    connectionTimeoutMillis: poolTimeoutMs,
  });
  // A connection the server ends while it is idle or being closed (server restart, database
  // dropped) must not crash the process: the pool discards it, and a query in flight still
  // gets the error itself.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true, statementNameGenerator: nomInstruction }),
    transactionOptions: { maxWait: poolTimeoutMs, timeout: transactionTimeoutMs },
  });
  pools.set(db, pool);

  return db;
}

/** Longest parameter list whose statement is kept prepared (see `nomInstruction`). */
const PARAMETRES_MAX_PREPARES = 16;

/**
 * Prisma sends each statement unnamed, so PostgreSQL parses and plans it at every call: planning
 * the invoice read (its relations joined as JSON) cost more than running it. A name per distinct
 * SQL text makes node-postgres prepare it once per connection, and PostgreSQL reuse the plan.
 * Texts with long parameter lists (`IN ($1, …, $n)` of every length) stay unnamed: each length
 * would be one more statement kept by every connection.
 */
function nomInstruction(requete: { sql: string; args: readonly unknown[] }): string {
  // node-postgres sends a statement without a name unnamed (the type says string, the driver takes undefined).
  if (requete.args.length > PARAMETRES_MAX_PREPARES) return undefined as unknown as string;
  let nom = nomsInstructions.get(requete.sql);
  if (!nom) {
    nom = `c${createHash('sha1').update(requete.sql).digest('base64url')}`;
    nomsInstructions.set(requete.sql, nom);
  }

  return nom;
}
/** The names already computed: as many as the statements kept prepared, a bounded set. */
const nomsInstructions = new Map<string, string>();

/**
 * The pool of a Db made by `createDb`. Other SQL clients (pg-boss) must use it rather than open
 * their own connections: the embedded database serves one connection at a time, and a second
 * client's extended-protocol messages would interleave with Prisma's.
 */
export function poolSql(db: Db): PoolSql {
  const pool = pools.get(db);
  if (!pool) throw new Error('Ce client Prisma n’a pas été créé par createDb.');

  return pool;
}

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
}

const pools = new WeakMap<Db, PoolSql>();

/**
 * Prisma client over node-postgres, the only driver we use (also against the embedded PGlite socket).
 * The pool is ours and shared (see `poolSql`); `$disconnect()` ends it.
 */
export function createDb({ url, maxConnections = 10 }: CreateDbOptions): Db {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections });
  // A connection the server ends while it is idle or being closed (server restart, database
  // dropped) must not crash the process: the pool discards it, and a query in flight still
  // gets the error itself.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(db, pool);

  return db;
}

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

import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.ts';

export type Db = PrismaClient;

export interface CreateDbOptions {
  url: string;
  /** The embedded database serves one connection at a time: callers pass 1 there. */
  maxConnections?: number;
}

/** Prisma client over node-postgres, the only driver we use (also against the embedded PGlite socket). */
export function createDb({ url, maxConnections = 10 }: CreateDbOptions): Db {
  const adapter = new PrismaPg({ connectionString: url, max: maxConnections });

  return new PrismaClient({ adapter });
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock.ts';
import { pgliteTemplate } from './pglite-template.ts';

export interface EmbeddedDatabase {
  /** postgresql:// URL of the loopback socket; use a pool of one connection. */
  url: string;
  /** Closes the socket, flushes and closes PGlite, releases the folder lock. */
  stop(): Promise<void>;
}

export interface StartEmbeddedOptions {
  /** Folder holding `pglite/` and the lock file; omitted = in memory (scratch databases). */
  dataDir?: string;
  port?: number;
  /** Empty cluster a new database is unpacked from; default: the one made at install, if any. */
  template?: Blob;
}

/**
 * A real PostgreSQL (PGlite, compiled to WASM) served over TCP on loopback, so the same pg
 * driver, Prisma adapter and migrator work against it as against a server.
 */
export async function startEmbeddedDatabase({
  dataDir,
  port = 0,
  template = pgliteTemplate(),
}: StartEmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const release = dataDir ? lockDataDir(join(dataDir, 'choral.lock')) : () => {};
  try {
    const dir = dataDir ? join(dataDir, 'pglite') : undefined;
    // A new cluster is unpacked from the template made at install, rather than initdb'd.
    const loadDataDir = dir && existsSync(join(dir, 'PG_VERSION')) ? undefined : template;
    const db = await PGlite.create(dir, loadDataDir ? { loadDataDir } : {});
    // PGlite runs one statement stream at a time; the server queues connections and keeps a
    // transaction's messages together, but extended-protocol messages of concurrent clients
    // could interleave, hence the callers' pool of one connection.
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 8 });
    await server.start();
    const [, actualPort] = server.getServerConn().split(':');

    return {
      url: `postgresql://postgres@127.0.0.1:${actualPort}/postgres?sslmode=disable`,
      async stop() {
        await server.stop();
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

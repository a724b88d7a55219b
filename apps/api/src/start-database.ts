import { applyMigrations, createDb, type Db, startEmbeddedDatabase } from '@choral/db';
import type { Logger } from 'pino';
import type { Config } from './config.ts';

export interface RunningDatabase {
  db: Db;
  kind: 'embarquee' | 'externe';
  url: string;
  stop(): Promise<void>;
}

/** Opens the configured database (server, or embedded PGlite by default) and applies pending migrations. */
export async function startDatabase(config: Config, log: Logger): Promise<RunningDatabase> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedDatabase({ dataDir: config.dataDir });
  const url = config.databaseUrl ?? (embedded as NonNullable<typeof embedded>).url;
  log.info(
    embedded
      ? `Base de données : PostgreSQL embarqué (PGlite), données dans ${config.dataDir}/pglite`
      : `Base de données : serveur PostgreSQL ${redact(url)}`,
  );
  try {
    const applied = await applyMigrations({ url });
    if (applied.length > 0) log.info(`Migrations appliquées : ${applied.join(', ')}`);
    // The embedded database serves one connection at a time.
    const db = createDb({ url, ...config.pool, ...(embedded ? { maxConnections: 1 } : {}) });

    return {
      db,
      kind: embedded ? 'embarquee' : 'externe',
      url,
      async stop() {
        await db.$disconnect();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/** Never print a password from a connection URL. */
function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

import { resolve } from 'node:path';
import { DataDirLockedError } from '../src/data-dir-lock.ts';
import { startEmbeddedDatabase } from '../src/embedded-database.ts';
import { DEFAULT_DATA_DIR } from '../src/paths.ts';

/** Runs `work` against DATABASE_URL when set, else against the embedded database of CHORAL_DATA_DIR. */
export async function withConfiguredDatabase(
  work: (url: string, label: string) => Promise<void>,
): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (url) {
    await work(url, 'Base PostgreSQL (DATABASE_URL)');

    return;
  }
  const dataDir = resolve(process.env.CHORAL_DATA_DIR || DEFAULT_DATA_DIR);
  try {
    const embedded = await startEmbeddedDatabase({ dataDir });
    try {
      await work(embedded.url, `Base embarquée (${dataDir})`);
    } finally {
      await embedded.stop();
    }
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

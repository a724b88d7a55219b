// An empty PGlite cluster made once, at install: a new embedded database is unpacked from it
// instead of running initdb in WebAssembly, which was most of the portal's first start.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { REPO_ROOT } from './paths.ts';

// PGlite is pinned: its version names the template, so an upgrade makes a new one.
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
export const PGLITE_TEMPLATE_PATH = `${REPO_ROOT}node_modules/.cache/choral/pglite-${manifest.dependencies['@electric-sql/pglite']}.tar.gz`;

/** Runs initdb once (in memory) and saves the cluster as a gzipped tarball. */
export async function writePgliteTemplate(path = PGLITE_TEMPLATE_PATH): Promise<void> {
  const db = await PGlite.create();
  try {
    const dump = await db.dumpDataDir('gzip');
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.tmp`, new Uint8Array(await dump.arrayBuffer()));
    renameSync(`${path}.tmp`, path);
  } finally {
    await db.close();
  }
}

/** The saved empty cluster, if install made it (otherwise PGlite runs initdb itself). */
export function pgliteTemplate(path = PGLITE_TEMPLATE_PATH): Blob | undefined {
  return existsSync(path) ? new Blob([readFileSync(path)]) : undefined;
}

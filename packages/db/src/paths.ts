import { fileURLToPath } from 'node:url';

/** Repository root, resolved from this file so scripts work from any working directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SCHEMA_PATH = `${REPO_ROOT}prisma/schema.prisma`;
export const MIGRATIONS_DIR = `${REPO_ROOT}prisma/migrations`;
/** The schema as the latest migration left it: what `pnpm db:migration` diffs against. */
export const SCHEMA_SNAPSHOT_PATH = `${MIGRATIONS_DIR}/schema-at-last-migration.prisma`;
export const DEFAULT_DATA_DIR = `${REPO_ROOT}.data`;

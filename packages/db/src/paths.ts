import { fileURLToPath } from 'node:url';

/** Repository root, resolved from this file so scripts work from any working directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SCHEMA_PATH = `${REPO_ROOT}prisma/schema.prisma`;
export const MIGRATIONS_DIR = `${REPO_ROOT}prisma/migrations`;
export const DEFAULT_DATA_DIR = `${REPO_ROOT}.data`;

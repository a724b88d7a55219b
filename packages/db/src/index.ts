export { type CreateDbOptions, createDb, type Db, POOL_PAR_DEFAUT, type PoolSql, poolSql } from './client.ts';
export { donneesCompteTechnique } from './compte-technique.ts';
export { DataDirLockedError } from './data-dir-lock.ts';
export { type EmbeddedDatabase, startEmbeddedDatabase } from './embedded-database.ts';
export { type CauseErreurBase, causeErreurBase } from './erreurs-base.ts';
export * from './generated/prisma/client.ts';
export { applyMigrations, MigrationError } from './migrator.ts';
export { DEFAULT_DATA_DIR, REPO_ROOT } from './paths.ts';
export { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_RACCORDEMENTS, seedDemo } from './seed/index.ts';

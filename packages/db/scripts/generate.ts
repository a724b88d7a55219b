// `prisma generate` without the native schema engine: the CLI only needs the variable to
// point at an existing file, and generation itself does not use the engine.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { REPO_ROOT } from '../src/paths.ts';

const require = createRequire(`${REPO_ROOT}package.json`);
const prismaCli = require.resolve('prisma/build/index.js');

execFileSync(process.execPath, [prismaCli, 'generate', '--config', `${REPO_ROOT}prisma.config.ts`], {
  stdio: 'inherit',
  cwd: REPO_ROOT,
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
});

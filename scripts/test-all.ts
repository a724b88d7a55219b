// pnpm test: every kind of test, in the order that fails fastest — static checks, unit,
// integration (real PostgreSQL), end-to-end (Chromium against the built portal) — then one
// closing line with the totals. Every step runs even if an earlier one failed, so a run
// reports everything that is broken; the exit code is non-zero if any step failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Counts, comptesPlaywright, comptesVitest, ECHEC, ligneBilan, somme } from './bilan-tests.ts';

const reports = mkdtempSync(join(tmpdir(), 'choral-test-'));
const totals: Record<string, Counts> = {};
let ok = true;

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n━━ ${label} ━━`);
  // The WASM schema engine's import prints an experimental-feature warning in every process.
  const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --disable-warning=ExperimentalWarning`.trim();
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: nodeOptions, ...env },
  });
  const passed = result.status === 0;
  if (!passed) {
    ok = false;
    console.error(`✗ ${label} : échec (code ${result.status ?? result.signal})`);
  }

  return passed;
}

function vitest(project: 'unit' | 'integration'): void {
  const file = join(reports, `${project}.json`);
  run(`Tests ${project === 'unit' ? 'unitaires' : "d'intégration"} (Vitest)`, 'pnpm', [
    'exec',
    'vitest',
    'run',
    '--project',
    project,
    '--includeTaskLocation',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  try {
    totals[project] = comptesVitest(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    totals[project] = ECHEC;
  }
}

function playwright(): void {
  const file = join(reports, 'e2e.json');
  if (!run('Construction du portail', 'pnpm', ['build'])) {
    totals.e2e = ECHEC;

    return;
  }
  run(
    'Tests de bout en bout (Playwright, Chromium)',
    'pnpm',
    ['exec', 'playwright', 'test', '--reporter=list,json'],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: file,
    },
  );
  try {
    totals.e2e = comptesPlaywright(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    totals.e2e = ECHEC;
  }
}

run('Lint et format (Biome, frontières entre paquets)', 'pnpm', ['lint']);
run('Types (TypeScript)', 'pnpm', ['typecheck']);
vitest('unit');
vitest('integration');
playwright();

const sum = somme(Object.values(totals));
console.log('\n━━ Bilan ━━');
for (const [sorte, c] of Object.entries(totals)) console.log(ligneBilan(sorte, c));
console.log(ligneBilan('total', sum));
if (!ok && sum.failed === 0) sum.failed = 1; // a failed static check counts as a failure
console.log(`Tests: ${sum.passed} passed, ${sum.failed} failed, ${sum.skipped} skipped`);
process.exit(ok ? 0 : 1);

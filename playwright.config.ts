import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

/*
 * End-to-end tests of the portal: the real server (apps/api/src/portail.ts) serving the built SPA,
 * with the test-only tools (apps/api/test/support/serveur-e2e.ts).
 * Run `pnpm build` first (`pnpm test:e2e` does both).
 *
 * Environment:
 * - CHROMIUM_PATH: the Chromium/Chrome binary to use (the system browser is used, never a download);
 * - E2E_BASE_URL: test an already running server instead (no web server is started),
 *   e.g. `E2E_BASE_URL=http://127.0.0.1:4173` against `pnpm --filter @choral/web exec vite preview`.
 */

const ROOT = import.meta.dirname;

/**
 * A free loopback port per run, chosen once by the main process and inherited by the workers
 * through the environment, so that two runs on one machine never meet on the same server.
 */
function freePort(): number {
  const existing = process.env.CHORAL_E2E_PORT;
  if (existing) return Number(existing);
  const port = execFileSync(process.execPath, [
    '-e',
    "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
  ]).toString();
  process.env.CHORAL_E2E_PORT = port;
  return Number(port);
}

const PORT = freePort();

function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} n'existe pas. Corrigez la variable ou installez Chromium.`);
  }
  const found = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) =>
    existsSync(path),
  );
  if (found) return found;
  throw new Error(
    'Chromium est introuvable (/usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome). ' +
      'Installez-le : `apt-get install -y chromium`, ou indiquez son chemin dans CHROMIUM_PATH.',
  );
}

/**
 * A fresh data folder per run, created once by the main process and inherited by the workers
 * through the environment. It lives outside `outputDir`, which Playwright empties before starting
 * the web server; the previous runs' folders are removed here.
 */
function freshDataDir(): string {
  const existing = process.env.CHORAL_E2E_DATA_DIR;
  if (existing) return existing;
  const parent = join(ROOT, 'test-results', 'e2e-data');
  rmSync(parent, { recursive: true, force: true });
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'run-'));
  process.env.CHORAL_E2E_DATA_DIR = dir;
  return dir;
}

const externalBaseUrl = process.env.E2E_BASE_URL;
const baseURL = externalBaseUrl ?? `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'apps/web/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  ...(process.env.CI ? { workers: 1 } : {}),
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: findChromium(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  ...(externalBaseUrl
    ? {}
    : {
        webServer: {
          command: 'node apps/api/test/support/serveur-e2e.ts',
          cwd: ROOT,
          url: `http://127.0.0.1:${PORT}/api/health`,
          timeout: 120_000,
          reuseExistingServer: false,
          stdout: 'ignore',
          stderr: 'pipe',
          env: {
            PORT: String(PORT),
            HOST: '127.0.0.1',
            // Links in e-mails (activation, approbations) must lead back to this server.
            PUBLIC_URL: `http://127.0.0.1:${PORT}`,
            NODE_ENV: 'test',
            CHORAL_DATA_DIR: resolve(freshDataDir()),
            SESSION_SECRET: 'choral-e2e-session-secret-not-for-production-0123456789',
          },
        },
      }),
});

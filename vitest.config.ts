import { defineConfig } from 'vitest/config';

// Two projects so each kind of test can run on its own:
// - unit: pure code, colocated `*.test.ts`, no database;
// - integration: `*.int.test.ts`, real API against a real PostgreSQL (see test-support/global-setup.ts).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['apps/*/test/**/*.int.test.ts', 'packages/*/test/**/*.int.test.ts'],
          globalSetup: ['./test-support/global-setup.ts'],
          setupFiles: ['./test-support/worker-database.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});

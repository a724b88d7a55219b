import type { JSONReport } from '@playwright/test/reporter';
import { describe, expect, it } from 'vitest';
import type { JsonTestResults } from 'vitest/node';
import { comptesPlaywright, comptesVitest, ligneBilan, somme } from './bilan-tests.ts';

const essai = (fullName: string, status: string, line: number) => ({
  fullName,
  status,
  location: { line, column: 3 },
});

describe('bilan de pnpm test', () => {
  it('Vitest : les lignes d’un it.each font un seul cas, un fichier qui ne charge pas un échec', () => {
    const rapport = {
      numPassedTests: 3,
      numFailedTests: 1,
      numPendingTests: 1,
      numTodoTests: 0,
      testResults: [
        {
          name: '/depot/a.test.ts',
          status: 'failed',
          assertionResults: [
            essai('table ligne 1', 'passed', 10),
            essai('table ligne 2', 'passed', 10),
            essai('table ligne 3', 'failed', 10),
            essai('seul', 'passed', 20),
          ],
        },
        {
          name: '/depot/b.test.ts',
          status: 'passed',
          assertionResults: [essai('même ligne', 'skipped', 10)],
        },
        { name: '/depot/ne-charge-pas.test.ts', status: 'failed', assertionResults: [] },
      ],
    } as unknown as JsonTestResults;

    expect(comptesVitest(rapport)).toEqual({ passed: 3, failed: 2, skipped: 1, cases: 3, rows: 5 });
  });

  it('Playwright : une boucle de test() fait un seul cas, une erreur de chargement un échec', () => {
    const spec = (title: string, line: number) => ({
      title,
      file: 'a.spec.ts',
      line,
      column: 5,
      tests: [{}],
    });
    const rapport = {
      stats: { expected: 3, unexpected: 0, flaky: 0, skipped: 0 },
      errors: [{ message: 'corpus.spec.ts ne charge pas' }],
      suites: [
        {
          specs: [spec('seul', 4)],
          suites: [{ specs: [spec('boucle 1', 9), spec('boucle 2', 9)] }],
        },
      ],
    } as unknown as JSONReport;

    expect(comptesPlaywright(rapport)).toEqual({ passed: 3, failed: 1, skipped: 0, cases: 2, rows: 3 });
  });

  it('une ligne par sorte et un total', () => {
    const unit = { passed: 1587, failed: 0, skipped: 0, cases: 412, rows: 1587 };
    const e2e = { passed: 40, failed: 1, skipped: 2, cases: 30, rows: 43 };

    expect(ligneBilan('unit', unit)).toBe(
      'unit         412 cas (1587 avec les lignes de tableaux) : 1587 réussis, 0 échoués, 0 ignorés',
    );
    expect(somme([unit, e2e])).toEqual({ passed: 1627, failed: 1, skipped: 2, cases: 442, rows: 1630 });
  });
});

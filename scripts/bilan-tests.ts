// Counts for the summary of `pnpm test`, read from Vitest's and Playwright's JSON reports.
// Table-driven tests (`it.each`, a loop of `test()`) run one test per row: besides the executed
// counts, the summary gives the distinct cases (one per place a test is written in a file) and
// the count with every row.
import type { JSONReport, JSONReportSpec, JSONReportSuite } from '@playwright/test/reporter';
import type { JsonTestResults } from 'vitest/node';

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  /** Distinct test definitions (file, line, column): a table counts once. */
  cases: number;
  /** Every test reported, each table row counted. */
  rows: number;
}

/** A kind of test whose report could not be read: one failure. */
export const ECHEC: Counts = { passed: 0, failed: 1, skipped: 0, cases: 0, rows: 0 };

/** A test's place in its file: the rows of one table share it. */
function lieu(file: string, at: { line: number; column: number } | null | undefined, title: string): string {
  return at ? `${file}:${at.line}:${at.column}` : `${file}:${title}`;
}

/** From a Vitest JSON report written with `--includeTaskLocation`. */
export function comptesVitest(r: JsonTestResults): Counts {
  const tests = r.testResults.flatMap((f) => f.assertionResults.map((a) => ({ file: f.name, ...a })));
  // A file that fails outside any test (an import that throws) counts as one failure.
  const fichiersEnEchec = r.testResults.filter(
    (f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'),
  ).length;
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests + fichiersEnEchec,
    skipped: r.numPendingTests + r.numTodoTests,
    cases: new Set(tests.map((t) => lieu(t.file, t.location, t.fullName))).size,
    rows: tests.length,
  };
}

function specs(suites: JSONReportSuite[]): JSONReportSpec[] {
  return suites.flatMap((suite) => [...suite.specs, ...specs(suite.suites ?? [])]);
}

/** From a Playwright JSON report. */
export function comptesPlaywright(r: JSONReport): Counts {
  const tous = specs(r.suites);
  return {
    passed: r.stats.expected,
    // An error outside tests (a spec file that fails to load) stops the run: one failure each.
    failed: r.stats.unexpected + r.stats.flaky + r.errors.length,
    skipped: r.stats.skipped,
    cases: new Set(tous.map((spec) => lieu(spec.file, spec, spec.title))).size,
    rows: tous.reduce((n, spec) => n + spec.tests.length, 0),
  };
}

export function somme(comptes: Counts[]): Counts {
  return comptes.reduce(
    (acc, c) => ({
      passed: acc.passed + c.passed,
      failed: acc.failed + c.failed,
      skipped: acc.skipped + c.skipped,
      cases: acc.cases + c.cases,
      rows: acc.rows + c.rows,
    }),
    { passed: 0, failed: 0, skipped: 0, cases: 0, rows: 0 },
  );
}

/** `unit         412 cas (1587 avec les lignes de tableaux) : 1587 réussis, 0 échoués, 0 ignorés` */
export function ligneBilan(sorte: string, c: Counts): string {
  return (
    `${sorte.padEnd(12)} ${c.cases} cas (${c.rows} avec les lignes de tableaux) : ` +
    `${c.passed} réussis, ${c.failed} échoués, ${c.skipped} ignorés`
  );
}

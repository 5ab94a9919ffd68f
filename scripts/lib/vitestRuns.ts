import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { LocalConfig } from './localConfig.js';
import { CACHE_DIR, npmBin } from './paths.js';

/** The vitest projects of vitest.config.ts, in the order `npm test` runs them. */
export const UNIT_PROJECT = 'unit';
export const EMULATOR_PROJECTS = ['rules', 'functions', 'e2e'] as const;

/** Passed and failed counts of one or more vitest runs. */
export interface Tally {
  passed: number;
  failed: number;
}

/** The fields we read from vitest's JSON report. */
export interface JsonReport {
  success: boolean;
  numPassedTests: number;
  numFailedTests: number;
  numFailedTestSuites: number;
}

/**
 * Counts one run. A run that failed without a failing test (a file that does not load, a global
 * setup that throws, a report never written) still counts as failed, so that the summary line can
 * never read "0 failed" for a red run.
 */
export function tallyReport(report: JsonReport | null): Tally {
  if (!report) return { passed: 0, failed: 1 };
  const failed = report.success
    ? report.numFailedTests
    : Math.max(report.numFailedTests, report.numFailedTestSuites, 1);
  return { passed: report.numPassedTests, failed };
}

/** Adds up tallies. */
export function sumTallies(tallies: Tally[]): Tally {
  return tallies.reduce((sum, t) => ({ passed: sum.passed + t.passed, failed: sum.failed + t.failed }), {
    passed: 0,
    failed: 0
  });
}

/** The last line of `npm test`, read by CI: exactly `N passed, M failed`. */
export function summaryLine({ passed, failed }: Tally): string {
  return `${passed} passed, ${failed} failed`;
}

/** Reports are kept per config file, so two stacks testing side by side do not read each other's. */
function reportDir(config: LocalConfig): string {
  return resolve(CACHE_DIR, 'test-results', basename(config.file, '.json'));
}

export function reportPath(config: LocalConfig, project: string): string {
  return resolve(reportDir(config), `${project}.json`);
}

/** Empties the report directory, so a run that writes nothing is not credited with an old report. */
export function clearReports(config: LocalConfig): void {
  rmSync(reportDir(config), { recursive: true, force: true });
  mkdirSync(reportDir(config), { recursive: true });
}

/** Reads a project's JSON report, or null when the run wrote none. */
export function readReport(config: LocalConfig, project: string): JsonReport | null {
  const path = reportPath(config, project);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as JsonReport) : null;
}

/** `vitest run` arguments for one project: readable output on the terminal, a JSON report for the tally. */
export function vitestArgs(config: LocalConfig, project: string): string[] {
  return [
    'run',
    '--project',
    project,
    '--passWithNoTests',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportPath(config, project)}`
  ];
}

const shellQuote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/**
 * The shell script `firebase emulators:exec` runs: every emulator project in turn, even after a
 * failure (each one's report counts), exiting non-zero if any failed.
 */
export function emulatorSuitesScript(config: LocalConfig): string {
  const runs = EMULATOR_PROJECTS.map(
    (project) => `${[npmBin('vitest'), ...vitestArgs(config, project)].map(shellQuote).join(' ')} || status=1`
  );
  return ['status=0', ...runs, 'exit $status'].join('; ');
}

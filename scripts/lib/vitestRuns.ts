import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { LocalConfig } from './localConfig.js';
import { CACHE_DIR, RULE_COVERAGE_SUMMARY, npmBin } from './paths.js';

/** The vitest projects of vitest.config.ts, in the order `npm test` runs them. */
export const UNIT_PROJECT = 'unit';
export const EMULATOR_PROJECTS = ['rules', 'functions', 'e2e'] as const;

/** The share of firestore.rules expressions (percent) the rules tests must evaluate, or the rules stage fails. */
export const RULE_COVERAGE_FLOOR = 100;

/** Passed, failed and skipped (skipped or todo) counts of one or more stages. */
export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * One stage of `npm test` and why it is red (`problems`, empty when green). A red stage always
 * counts at least one failure, so the summary line never reads "0 failed" for a red run.
 */
export interface StageResult extends Tally {
  stage: string;
  problems: string[];
}

/** The fields we read from vitest's JSON report. */
export interface JsonReport {
  success: boolean;
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
}

/** What tests/rules/globalSetup.ts saves: expressions of firestore.rules evaluated at least once, out of all. */
export interface RuleCoverage {
  evaluated: number;
  total: number;
}

function stageResult(stage: string, tally: Tally, problems: string[]): StageResult {
  return { stage, ...tally, failed: problems.length > 0 ? Math.max(tally.failed, 1) : tally.failed, problems };
}

/**
 * A vitest stage: red when a test failed, when vitest exited with anything but 0 (an unhandled
 * rejection, an error while closing) even with a green report, when no report was written, when no
 * test ran, or when a test was skipped or left todo: a skipped test never reads green.
 */
export function vitestStage(stage: string, report: JsonReport | null, exitCode: number | null): StageResult {
  if (!report) return stageResult(stage, { passed: 0, failed: 1, skipped: 0 }, ['vitest wrote no report']);
  const problems: string[] = [];
  // A failing test also fails its describe blocks and file, which vitest counts as "suites": the
  // suites count only when no test failed (a file that did not load).
  const failed =
    report.numFailedTests > 0 || report.success ? report.numFailedTests : Math.max(report.numFailedTestSuites, 1);
  if (report.numFailedTests > 0) problems.push(`${report.numFailedTests} test(s) failed`);
  else if (!report.success) problems.push('a test file failed to load or run');
  if (exitCode !== 0) problems.push(`vitest exited with ${exitCode ?? 'a signal'}`);
  if (report.numTotalTests === 0) problems.push('no test ran');
  const skipped = report.numPendingTests + report.numTodoTests;
  if (skipped > 0) problems.push(`${skipped} test(s) skipped or todo`);
  return stageResult(stage, { passed: report.numPassedTests, failed, skipped }, problems);
}

/** Turns the rules stage red when its rule coverage is unknown or under `floor` percent. */
export function withRuleCoverage(
  result: StageResult,
  coverage: RuleCoverage | null,
  floor = RULE_COVERAGE_FLOOR
): StageResult {
  const share = coverage && coverage.total > 0 ? (100 * coverage.evaluated) / coverage.total : null;
  if (share !== null && share >= floor) return result;
  const problem =
    share === null ? 'no rule-coverage report' : `rule coverage ${share.toFixed(1)}% is under the ${floor}% floor`;
  return stageResult(result.stage, result, [...result.problems, problem]);
}

/** A stage of commands that each pass or fail as a whole (lint, type-check): one count per command. */
export function commandStage(stage: string, exitCodes: Record<string, number | null>): StageResult {
  const failing = Object.keys(exitCodes).filter((command) => exitCodes[command] !== 0);
  const passed = Object.keys(exitCodes).length - failing.length;
  return stageResult(
    stage,
    { passed, failed: failing.length, skipped: 0 },
    failing.map((command) => `${command} failed`)
  );
}

/** A failure outside any test (a build, the machine, an interruption): one failure under its own name. */
export function failedStage(stage: string, problem: string): StageResult {
  return stageResult(stage, { passed: 0, failed: 1, skipped: 0 }, [problem]);
}

/** Adds up tallies. */
export function sumTallies(tallies: Tally[]): Tally {
  return tallies.reduce(
    (sum, t) => ({ passed: sum.passed + t.passed, failed: sum.failed + t.failed, skipped: sum.skipped + t.skipped }),
    { passed: 0, failed: 0, skipped: 0 }
  );
}

/** The last line of `npm test`, read by CI: exactly `N passed, M failed, K skipped`. */
export function summaryLine({ passed, failed, skipped }: Tally): string {
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
}

/** One line per stage above the summary line: its counts, and why it is red. */
export function stageLine(result: StageResult): string {
  const status = result.problems.length === 0 ? 'ok' : `FAILED: ${result.problems.join('; ')}`;
  return `${result.stage.padEnd(10)}${summaryLine(result)}  ${status}`;
}

/** Reports are kept per config file, so two stacks testing side by side do not read each other's. */
function reportDir(config: LocalConfig): string {
  return resolve(CACHE_DIR, 'test-results', basename(config.file, '.json'));
}

export function reportPath(config: LocalConfig, project: string): string {
  return resolve(reportDir(config), `${project}.json`);
}

/** Where the emulator script writes a project's vitest exit code (`firebase emulators:exec` returns one for all). */
function exitCodePath(config: LocalConfig, project: string): string {
  return resolve(reportDir(config), `${project}.exit`);
}

/** Empties the report directory and the rule-coverage summary, so a run that writes nothing is not credited with old ones. */
export function clearReports(config: LocalConfig): void {
  rmSync(reportDir(config), { recursive: true, force: true });
  mkdirSync(reportDir(config), { recursive: true });
  rmSync(RULE_COVERAGE_SUMMARY, { force: true });
}

const readJson = <T>(path: string): T | null =>
  existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;

/** Reads a project's JSON report, or null when the run wrote none. */
export function readReport(config: LocalConfig, project: string): JsonReport | null {
  return readJson<JsonReport>(reportPath(config, project));
}

/** An emulator project's vitest exit code, or null when it never ran. */
export function readExitCode(config: LocalConfig, project: string): number | null {
  const path = exitCodePath(config, project);
  return existsSync(path) ? Number(readFileSync(path, 'utf8').trim()) : null;
}

/** The rule coverage of the last rules run, or null when none was saved. */
export function readRuleCoverage(): RuleCoverage | null {
  return readJson<RuleCoverage>(RULE_COVERAGE_SUMMARY);
}

/** `vitest run` arguments for one project: readable output on the terminal, a JSON report for the tally. */
export function vitestArgs(config: LocalConfig, project: string): string[] {
  return [
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportPath(config, project)}`
  ];
}

const shellQuote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/**
 * The shell script `firebase emulators:exec` runs: every emulator project in turn, even after a
 * failure (each one's report counts), saving each one's exit code and exiting non-zero if any failed.
 */
export function emulatorSuitesScript(config: LocalConfig): string {
  const runs = EMULATOR_PROJECTS.map((project) => {
    const command = [npmBin('vitest'), ...vitestArgs(config, project)].map(shellQuote).join(' ');
    return `${command}; code=$?; echo $code > ${shellQuote(exitCodePath(config, project))}; [ $code -eq 0 ] || status=1`;
  });
  return ['status=0', ...runs, 'exit $status'].join('; ');
}

import { describe, expect, it } from 'vitest';
import {
  type JsonReport,
  commandStage,
  failedStage,
  stageLine,
  sumTallies,
  summaryLine,
  vitestStage,
  withRuleCoverage
} from './vitestRuns.js';

const report = (fields: Partial<JsonReport> = {}): JsonReport => ({
  success: true,
  numTotalTests: (fields.numPassedTests ?? 5) + (fields.numFailedTests ?? 0),
  numPassedTests: 5,
  numFailedTests: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  numFailedTestSuites: 0,
  ...fields
});

const isRed = (result: { problems: string[]; failed: number }) => result.problems.length > 0 && result.failed > 0;

describe('a vitest stage', () => {
  it('is green when every test passed and vitest exited with 0', () => {
    expect(vitestStage('unit', report(), 0)).toEqual({ stage: 'unit', passed: 5, failed: 0, skipped: 0, problems: [] });
  });

  it('fails when vitest exits non-zero although its report is green, such as after an unhandled rejection', () => {
    const result = vitestStage('unit', report(), 1);
    expect(isRed(result)).toBe(true);
    expect(result.problems).toEqual(['vitest exited with 1']);
  });

  it('fails when vitest was killed by a signal', () => {
    expect(vitestStage('e2e', report(), null).problems).toEqual(['vitest exited with a signal']);
  });

  it('fails when no test ran, such as a file pattern that matches nothing', () => {
    const result = vitestStage('rules', report({ numTotalTests: 0, numPassedTests: 0 }), 0);
    expect(isRed(result)).toBe(true);
    expect(result.problems).toEqual(['no test ran']);
  });

  it('counts skipped and todo tests and turns red: a skipped test never reads green', () => {
    const result = vitestStage('unit', report({ numTotalTests: 8, numPendingTests: 2, numTodoTests: 1 }), 0);
    expect(result).toMatchObject({ passed: 5, failed: 1, skipped: 3 });
    expect(result.problems).toEqual(['3 test(s) skipped or todo']);
  });

  it('counts each failing test, not the describe blocks and files failing with it', () => {
    const result = vitestStage('unit', report({ success: false, numFailedTests: 2, numFailedTestSuites: 4 }), 1);
    expect(result).toMatchObject({ passed: 5, failed: 2 });
    expect(result.problems).toEqual(['2 test(s) failed', 'vitest exited with 1']);
  });

  it('counts a red run without failing tests, such as a file that does not load, as failed', () => {
    const result = vitestStage('unit', report({ success: false, numFailedTestSuites: 1 }), 1);
    expect(result).toMatchObject({ passed: 5, failed: 1 });
    expect(result.problems[0]).toBe('a test file failed to load or run');
  });

  it('counts a run that wrote no report as one failure', () => {
    expect(vitestStage('functions', null, 0)).toMatchObject({
      passed: 0,
      failed: 1,
      problems: ['vitest wrote no report']
    });
  });
});

describe('the rules stage’s coverage floor', () => {
  const green = vitestStage('rules', report(), 0);

  it('keeps the stage green at the floor', () => {
    expect(withRuleCoverage(green, { evaluated: 400, total: 400 }, 100)).toEqual(green);
  });

  it('fails the stage under the floor, saying the share', () => {
    const result = withRuleCoverage(green, { evaluated: 399, total: 400 }, 100);
    expect(isRed(result)).toBe(true);
    expect(result.problems).toEqual(['rule coverage 99.8% is under the 100% floor']);
  });

  it('fails the stage when no coverage was saved or it counted no expression', () => {
    expect(withRuleCoverage(green, null, 100).problems).toEqual(['no rule-coverage report']);
    expect(withRuleCoverage(green, { evaluated: 0, total: 0 }, 100).problems).toEqual(['no rule-coverage report']);
  });

  it('adds one failure only: the failing tests of a red stage already count', () => {
    const red = vitestStage('rules', report({ success: false, numFailedTests: 3 }), 1);
    expect(withRuleCoverage(red, { evaluated: 1, total: 2 }, 100).failed).toBe(3);
  });
});

describe('lint and type-check stages', () => {
  it('count each command as one check, naming those that failed', () => {
    const result = commandStage('lint', { prettier: 0, eslint: 1 });
    expect(result).toMatchObject({ passed: 1, failed: 1, skipped: 0, problems: ['eslint failed'] });
  });
});

describe('the lines `npm test` ends with', () => {
  it('adds up every stage in the last line: `N passed, M failed, K skipped`', () => {
    const total = sumTallies([
      commandStage('lint', { prettier: 0, eslint: 0 }),
      vitestStage('unit', report({ numPassedTests: 12 }), 0),
      vitestStage('rules', report({ success: false, numPassedTests: 3, numFailedTests: 2 }), 1),
      vitestStage('e2e', report({ numPassedTests: 4, numTotalTests: 5, numPendingTests: 1 }), 0)
    ]);
    expect(summaryLine(total)).toBe('21 passed, 3 failed, 1 skipped');
  });

  it('match what CI parses: `N passed, N failed` optionally followed by `, N skipped`', () => {
    expect(summaryLine({ passed: 0, failed: 0, skipped: 0 })).toMatch(/^\d+ passed, \d+ failed(, \d+ skipped)?$/);
  });

  it('give one line per stage with its counts and its status', () => {
    expect(stageLine(vitestStage('unit', report(), 0))).toBe('unit      5 passed, 0 failed, 0 skipped  ok');
    expect(stageLine(failedStage('run', 'interrupted by SIGINT'))).toBe(
      'run       0 passed, 1 failed, 0 skipped  FAILED: interrupted by SIGINT'
    );
  });
});

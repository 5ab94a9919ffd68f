import { describe, expect, it } from 'vitest';
import { sumTallies, summaryLine, tallyReport } from './vitestRuns.js';

const report = (fields: Partial<Parameters<typeof tallyReport>[0] & object>) => ({
  success: true,
  numPassedTests: 0,
  numFailedTests: 0,
  numFailedTestSuites: 0,
  ...fields
});

describe('the summary line CI reads', () => {
  it('adds up passed and failed tests over every run', () => {
    const total = sumTallies([
      tallyReport(report({ numPassedTests: 12 })),
      tallyReport(report({ success: false, numPassedTests: 3, numFailedTests: 2 }))
    ]);
    expect(summaryLine(total)).toBe('15 passed, 2 failed');
  });

  it('counts a red run without failing tests, such as a file that does not load, as failed', () => {
    expect(tallyReport(report({ success: false, numPassedTests: 4, numFailedTestSuites: 1 }))).toEqual({
      passed: 4,
      failed: 1
    });
  });

  it('counts a run that wrote no report as one failure', () => {
    expect(tallyReport(null)).toEqual({ passed: 0, failed: 1 });
  });
});

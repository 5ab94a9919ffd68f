import { describe, expect, it } from 'vitest';
import { statusAfterReport } from './reportStatus.js';

const submitted = new Date('2027-05-12T10:00:00Z');

describe('statusAfterReport', () => {
  it('marks a convoked pupil reported after an individual interview, interviewed after a collective one', () => {
    expect(statusAfterReport('convoked', { attendance: 'present', submittedAt: submitted }, 'individuel')).toBe(
      'reported'
    );
    expect(statusAfterReport('convoked', { attendance: 'present', submittedAt: submitted }, 'collectif')).toBe(
      'interviewed'
    );
  });

  it('marks an absent pupil absent, and follows a corrected attendance', () => {
    expect(statusAfterReport('convoked', { attendance: 'absent', submittedAt: submitted }, 'individuel')).toBe(
      'absent'
    );
    expect(statusAfterReport('absent', { attendance: 'present', submittedAt: submitted }, 'individuel')).toBe(
      'reported'
    );
  });

  it('leaves the request alone for a draft, a replay, or a request withdrawn or no longer placed', () => {
    expect(statusAfterReport('convoked', { attendance: 'present', submittedAt: null }, 'individuel')).toBeNull();
    expect(statusAfterReport('reported', { attendance: 'present', submittedAt: submitted }, 'individuel')).toBeNull();
    expect(statusAfterReport('withdrawn', { attendance: 'present', submittedAt: submitted }, 'individuel')).toBeNull();
    expect(statusAfterReport('registered', { attendance: 'absent', submittedAt: submitted }, 'individuel')).toBeNull();
  });
});

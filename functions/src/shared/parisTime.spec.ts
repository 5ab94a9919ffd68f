import { describe, expect, it } from 'vitest';
import { addDays, endOfParisDay, parisDate, startOfParisDay } from './parisTime.js';

describe('Paris calendar days', () => {
  it('starts a winter day at 23:00 UTC the evening before', () => {
    expect(startOfParisDay('2027-02-01').toISOString()).toBe('2027-01-31T23:00:00.000Z');
  });

  it('ends a summer-time day at 22:00 UTC', () => {
    expect(endOfParisDay('2027-04-30').toISOString()).toBe('2027-04-30T22:00:00.000Z');
  });

  it('handles the spring DST change (the day lasts 23 hours)', () => {
    const start = startOfParisDay('2027-03-28');
    const end = endOfParisDay('2027-03-28');
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(23);
  });

  it('handles the autumn DST change (the day lasts 25 hours)', () => {
    const start = startOfParisDay('2026-10-25');
    const end = endOfParisDay('2026-10-25');
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(25);
  });

  it('reads back the Paris day of an instant, across UTC midnight', () => {
    expect(parisDate(new Date('2027-04-30T21:59:00Z'))).toBe('2027-04-30');
    expect(parisDate(new Date('2027-04-30T22:00:00Z'))).toBe('2027-05-01');
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2028-02-27', 2)).toBe('2028-02-29');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });
});

import { describe, expect, it } from 'vitest';
import { campaignFromCalendar, currentPhase, PHASES } from '../../functions/src/shared/index.js';
import { campaignIdOf, defaultCalendar } from './calendar.js';

/** Noon in Paris on every day of a year, DST changes and New Year included. */
const daysOfAYear = Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(2027, 0, 1 + i, 11)));
const campaignOf = (today: Date, phase?: (typeof PHASES)[number]) => {
  const calendar = defaultCalendar(today, phase);
  return campaignFromCalendar(campaignIdOf(calendar), calendar);
};

describe('defaultCalendar', () => {
  it('puts today in the registration period, opened 30 days ago and closing in 40 days', () => {
    expect(defaultCalendar(new Date('2027-03-15T10:00:00Z'))).toEqual({
      opens: '2027-02-13',
      registrationsEnd: '2027-04-24',
      convocationsEnd: '2027-05-11',
      interviewsEnd: '2027-05-15',
      summarySheetsEnd: '2027-05-22',
      closure: '2027-05-22'
    });
    for (const today of daysOfAYear) expect(currentPhase(campaignOf(today), today).phase).toBe('registration');
  });

  it.each(PHASES)('puts today in the %s phase when asked to', (phase) => {
    for (const today of daysOfAYear) expect(currentPhase(campaignOf(today, phase), today).phase).toBe(phase);
  });

  it('reads today as a Paris calendar day, even just before midnight UTC', () => {
    // 23:30 UTC on 14 March is already 15 March in Paris.
    expect(defaultCalendar(new Date('2027-03-14T23:30:00Z')).opens).toBe('2027-02-13');
  });

  it('names the campaign after the year of its closure', () => {
    expect(campaignIdOf(defaultCalendar(new Date('2027-11-20T12:00:00Z')))).toBe('2028');
  });
});

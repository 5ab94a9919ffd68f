import { describe, expect, it } from 'vitest';
import { campaign, campaignFromCalendar, currentPhase, lastDayBefore, officialCalendar } from './campaign.js';

const c2027 = campaignFromCalendar('2027', officialCalendar(2027));
/** An instant given as Paris wall-clock time in May (UTC+2). */
const parisMay = (day: number, hhmm: string) => new Date(`2027-05-${String(day).padStart(2, '0')}T${hhmm}:00+02:00`);
const parisApril = (day: number, hhmm: string) => new Date(`2027-04-${String(day).padStart(2, '0')}T${hhmm}:00+02:00`);

describe('the campaign clock', () => {
  it('is in registration at 23:59 Paris time on 30 April', () => {
    expect(currentPhase(c2027, parisApril(30, '23:59')).phase).toBe('registration');
  });

  it('has closed registrations at 00:00 Paris time on 1 May', () => {
    expect(currentPhase(c2027, parisMay(1, '00:00')).phase).toBe('convocation');
  });

  it('walks through every phase of the official calendar in order', () => {
    const at = (iso: string) => currentPhase(c2027, new Date(iso)).phase;
    expect(at('2027-01-31T12:00:00+01:00')).toBe('before_opening');
    expect(at('2027-02-01T00:00:00+01:00')).toBe('registration');
    expect(at('2027-05-17T23:59:00+02:00')).toBe('convocation');
    expect(at('2027-05-18T00:00:00+02:00')).toBe('interviews');
    expect(at('2027-05-22T00:00:00+02:00')).toBe('summary_sheets');
    expect(at('2027-05-29T00:00:00+02:00')).toBe('closed');
  });

  it('names the deadline that ends the current phase, and none once closed', () => {
    expect(currentPhase(c2027, parisApril(10, '12:00')).endsAt).toEqual(c2027.registrationsCloseAt);
    expect(currentPhase(c2027, parisMay(29, '12:00')).endsAt).toBeNull();
  });

  it('gives the last Paris day on which a write is on time', () => {
    expect(lastDayBefore(c2027.registrationsCloseAt)).toBe('2027-04-30');
    expect(lastDayBefore(c2027.closesAt)).toBe('2027-05-28');
  });

  it('rejects a calendar whose dates are out of order', () => {
    const shuffled = { ...c2027, convocationsCloseAt: c2027.opensAt };
    expect(campaign.safeParse(shuffled).success).toBe(false);
  });
});

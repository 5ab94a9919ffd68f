import { describe, expect, it } from 'vitest';
import {
  campaign,
  CAMPAIGN_FORM_LABELS,
  campaignForm,
  campaignFromCalendar,
  campaignToForm,
  currentPhase,
  lastDayBefore,
  officialCalendar
} from './campaign.js';
import { frenchIssues } from './messages.js';

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

describe('the académie campaign form', () => {
  it('round-trips a campaign through its form values', () => {
    const form = campaignToForm(c2027);
    expect(form).toMatchObject({
      id: '2027',
      opens: '2027-02-01',
      registrationsEnd: '2027-04-30',
      closure: '2027-05-28'
    });
    const { id, reportDelayDays, ...calendar } = campaignForm.parse(form);
    expect(campaignFromCalendar(id, calendar, reportDelayDays)).toEqual(c2027);
  });

  it('names the field in French when a value is wrong', () => {
    const result = campaignForm.safeParse({ ...campaignToForm(c2027), reportDelayDays: '0', opens: '' });
    expect(result.success).toBe(false);
    const messages = frenchIssues(result.error!, CAMPAIGN_FORM_LABELS);
    expect(messages).toContain('Le champ « Ouverture » : date attendue (jj/mm/aaaa).');
    expect(messages).toContain('Le champ « Délai de saisie du compte rendu (jours) » : au moins 1 jour.');
  });
});

import { describe, expect, it } from 'vitest';
import { defaultCalendar } from './calendar.js';
import { parseSeedCommand } from './options.js';

const today = new Date('2027-03-15T10:00:00Z');

describe('parseSeedCommand', () => {
  it('seeds the default calendar when given no option', () => {
    expect(parseSeedCommand([], today)).toEqual({ kind: 'seed', calendar: defaultCalendar(today) });
  });

  it('shifts the calendar to the phase asked for', () => {
    expect(parseSeedCommand(['--phase', 'interviews'], today)).toEqual({
      kind: 'seed',
      calendar: defaultCalendar(today, 'interviews')
    });
  });

  it('lets an explicit date replace the one of the calendar, in both spellings', () => {
    const command = parseSeedCommand(['--registrations-end', '2027-04-30', '--closure=2027-05-28'], today);
    expect(command).toEqual({
      kind: 'seed',
      calendar: { ...defaultCalendar(today), registrationsEnd: '2027-04-30', closure: '2027-05-28' }
    });
  });

  it('answers help with the usage', () => {
    expect(parseSeedCommand(['--help'], today)).toEqual({ kind: 'help' });
  });

  it('names each bad option in French', () => {
    const command = parseSeedCommand(['--phase', 'vacances', '--opens', '15/03/2027', '--colour', 'bleu'], today);
    expect(command).toEqual({
      kind: 'invalid',
      errors: expect.arrayContaining([
        expect.stringMatching(/« --phase ».*phase inconnue/),
        expect.stringMatching(/« --opens ».*AAAA-MM-JJ/),
        expect.stringMatching(/option inconnue : --colour/i)
      ])
    });
  });

  it('refuses a date given without its value', () => {
    expect(parseSeedCommand(['--opens'], today)).toEqual({
      kind: 'invalid',
      errors: [expect.stringMatching(/« --opens ».*AAAA-MM-JJ/)]
    });
  });

  it('refuses dates out of the order of the procedure', () => {
    expect(parseSeedCommand(['--closure', '2020-01-01'], today)).toEqual({
      kind: 'invalid',
      errors: [expect.stringMatching(/ordre de la procédure/)]
    });
  });

  it('refuses a stray argument', () => {
    expect(parseSeedCommand(['registration'], today)).toEqual({
      kind: 'invalid',
      errors: ['Argument inattendu : registration.']
    });
  });
});

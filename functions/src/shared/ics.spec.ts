import { describe, expect, it } from 'vitest';
import { buildIcs, escapeIcsText, foldIcsLine, type IcsEvent } from './ics.js';

const event = (overrides: Partial<IcsEvent> = {}): IcsEvent => ({
  method: 'REQUEST',
  uid: 'convocation-abc@passpro.ac-creteil.fr',
  sequence: 1,
  startsAt: new Date('2027-03-26T09:00:00+01:00'),
  endsAt: new Date('2027-03-26T09:30:00+01:00'),
  stamp: new Date('2027-03-01T08:00:00Z'),
  summary: 'Entretien individuel PASSPRO — Électricité, énergie',
  location: 'Lycée Louis Lumière, Atelier B12',
  description: 'Élève : Inès Moreau\nLes bulletins scolaires ne sont jamais demandés.',
  ...overrides
});
const lines = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('the convocation .ics (RFC 5545)', () => {
  it('writes CRLF lines, METHOD, a stable UID, SEQUENCE = version and the Paris VTIMEZONE', () => {
    const ics = buildIcs(event({ sequence: 3 }));
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((l) => !l.includes('\n'))).toBe(true);
    const all = lines(ics);
    expect(all).toContain('METHOD:REQUEST');
    expect(all).toContain('UID:convocation-abc@passpro.ac-creteil.fr');
    expect(all).toContain('SEQUENCE:3');
    expect(all).toContain('TZID:Europe/Paris');
    expect(all).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(all).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(all).toContain('STATUS:CONFIRMED');
  });

  it('keeps the Paris wall-clock hour on both sides of the spring DST change (28 March 2027)', () => {
    const before = lines(buildIcs(event()));
    expect(before).toContain('DTSTART;TZID=Europe/Paris:20270326T090000');
    const after = lines(
      buildIcs(
        event({ startsAt: new Date('2027-03-29T09:00:00+02:00'), endsAt: new Date('2027-03-29T09:30:00+02:00') })
      )
    );
    expect(after).toContain('DTSTART;TZID=Europe/Paris:20270329T090000');
    expect(after).toContain('DTEND;TZID=Europe/Paris:20270329T093000');
  });

  it('keeps the wall-clock hour across the autumn change too', () => {
    const ics = lines(
      buildIcs(
        event({ startsAt: new Date('2026-10-26T14:00:00+01:00'), endsAt: new Date('2026-10-26T15:00:00+01:00') })
      )
    );
    expect(ics).toContain('DTSTART;TZID=Europe/Paris:20261026T140000');
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED', () => {
    const all = lines(buildIcs(event({ method: 'CANCEL', sequence: 2 })));
    expect(all).toContain('METHOD:CANCEL');
    expect(all).toContain('STATUS:CANCELLED');
    expect(all).toContain('SEQUENCE:2');
  });

  it('escapes text and folds long lines at 75 octets without cutting a character', () => {
    expect(escapeIcsText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const folded = foldIcsLine(`DESCRIPTION:${'é'.repeat(100)}`);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
  });
});

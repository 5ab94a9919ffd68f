import { parisIcsLocal } from './parisTime.js';

/**
 * iCalendar (RFC 5545) for a convocation, written once for the mail's attachment (functions) and
 * the pupil's download (app). Times are Paris wall-clock with TZID and a VTIMEZONE carrying both
 * DST rules, so a calendar shows the right hour on either side of the change.
 */
export type IcsMethod = 'REQUEST' | 'CANCEL';

export interface IcsEvent {
  method: IcsMethod;
  /** Stable for the request: a new version replaces the event in the pupil's calendar. */
  uid: string;
  /** The convocation's version: calendars keep the event with the highest sequence. */
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  /** When this version was issued (DTSTAMP). */
  stamp: Date;
  summary: string;
  location: string;
  description: string;
  url?: string;
}

/** Europe/Paris since 1996: CEST from the last Sunday of March, CET from the last Sunday of October. */
const PARIS_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE'
];

/** TEXT escaping of RFC 5545 §3.3.11. */
export function escapeIcsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (§3.1), never inside a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // Continuation lines start with a space, which counts in their 75 octets.
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** The .ics file of one convocation version, CRLF line ends. */
export function buildIcs(event: IcsEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Académie de Créteil//PASSPRO//FR',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method}`,
    ...PARIS_VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    `DTSTART;TZID=Europe/Paris:${parisIcsLocal(event.startsAt)}`,
    `DTEND;TZID=Europe/Paris:${parisIcsLocal(event.endsAt)}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
    `LOCATION:${escapeIcsText(event.location)}`,
    `DESCRIPTION:${escapeIcsText(event.description)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    `STATUS:${event.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR'
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}

/**
 * Europe/Paris calendar dates ↔ instants. The procedure's deadlines are French calendar days
 * ("30 avril dernier délai"), and the rules compare instants, so every date is stored as the
 * instant it starts or ends in Paris, whatever the server's time zone or DST.
 */
const PARIS = 'Europe/Paris';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit'
});

/** Offset of Paris from UTC at `instant`, in minutes (60 in winter, 120 in summer). */
function parisOffsetMinutes(instant: Date): number {
  const p = Object.fromEntries(partsFormatter.formatToParts(instant).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** The instant a Paris calendar day ('2027-04-30') starts. */
export function startOfParisDay(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  const guess = new Date(Date.UTC(year, month - 1, day));
  // Offset at the guess can differ from the offset at the answer only on DST days, which never
  // switch at midnight in Paris, so one correction is enough.
  return new Date(guess.getTime() - parisOffsetMinutes(guess) * 60000);
}

/** The calendar day `days` after an ISO date ('2027-02-27' + 2 → '2027-03-01'); no time zone involved. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The instant a Paris calendar day ends (exclusive: midnight of the next day). */
export function endOfParisDay(isoDate: string): Date {
  return startOfParisDay(addDays(isoDate, 1));
}

/** The Paris calendar day ('YYYY-MM-DD') an instant falls on. */
export function parisDate(instant: Date): string {
  const p = Object.fromEntries(partsFormatter.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}

const longDate = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, dateStyle: 'full' });
const shortDateTime = new Intl.DateTimeFormat('fr-FR', {
  timeZone: PARIS,
  dateStyle: 'long',
  timeStyle: 'short'
});

/** « jeudi 30 avril 2027 » */
export const formatParisDate = (instant: Date) => longDate.format(instant);
/** « 30 avril 2027 à 14:30 » */
export const formatParisDateTime = (instant: Date) => shortDateTime.format(instant);

/** The Paris wall-clock time of an instant as iCalendar writes it with TZID: '20270510T090000'. */
export function parisIcsLocal(instant: Date): string {
  const p = Object.fromEntries(partsFormatter.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}${p.month}${p.day}T${p.hour}${p.minute}${p.second}`;
}

const clockTime = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, timeStyle: 'short' });
/** « 14:30 » */
export const formatParisTime = (instant: Date) => clockTime.format(instant);

/** The instant of a Paris wall-clock time on a Paris day ('2027-05-10', '09:30'), right on DST days too. */
export function atParisTime(isoDate: string, time: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hours, minutes);
  const guess = new Date(asUtc - parisOffsetMinutes(new Date(asUtc)) * 60000);
  return new Date(asUtc - parisOffsetMinutes(guess) * 60000);
}

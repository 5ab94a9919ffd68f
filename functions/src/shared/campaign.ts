import { z } from 'zod';
import { instant, text } from './primitives.js';
import { endOfParisDay, parisDate, startOfParisDay } from './parisTime.js';

/**
 * One campaign per school year, campaigns/{id} (id = year of the rentrée, e.g. "2027").
 * Every deadline is an exclusive instant: a write is on time while request.time < deadline.
 */
export const campaign = z
  .object({
    id: z.string().regex(/^\d{4}$/, 'année sur 4 chiffres attendue'),
    label: text(80),
    opensAt: instant,
    registrationsCloseAt: instant,
    convocationsCloseAt: instant,
    interviewsCloseAt: instant,
    reportDelayDays: z.number().int().min(1).max(15),
    summarySheetsCloseAt: instant,
    closesAt: instant
  })
  .refine(
    (c) =>
      c.opensAt < c.registrationsCloseAt &&
      c.registrationsCloseAt <= c.convocationsCloseAt &&
      c.convocationsCloseAt <= c.interviewsCloseAt &&
      c.interviewsCloseAt <= c.summarySheetsCloseAt &&
      c.summarySheetsCloseAt <= c.closesAt,
    { message: 'les dates de la campagne doivent se suivre dans l’ordre de la procédure' }
  );
export type Campaign = z.infer<typeof campaign>;

/** The calendar as the académie writes it: Paris calendar days, each one inclusive. */
export const campaignCalendar = z.object({
  opens: z.iso.date(),
  registrationsEnd: z.iso.date(),
  convocationsEnd: z.iso.date(),
  interviewsEnd: z.iso.date(),
  summarySheetsEnd: z.iso.date(),
  closure: z.iso.date()
});
export type CampaignCalendar = z.infer<typeof campaignCalendar>;

/** The official calendar of the procedure for the campaign of rentrée `year`. */
export function officialCalendar(year: number): CampaignCalendar {
  return {
    opens: `${year}-02-01`,
    registrationsEnd: `${year}-04-30`,
    convocationsEnd: `${year}-05-17`,
    interviewsEnd: `${year}-05-21`,
    summarySheetsEnd: `${year}-05-28`,
    closure: `${year}-05-28`
  };
}

export function campaignFromCalendar(id: string, calendar: CampaignCalendar): Campaign {
  return campaign.parse({
    id,
    label: `Campagne PASSPRO ${id}`,
    opensAt: startOfParisDay(calendar.opens),
    registrationsCloseAt: endOfParisDay(calendar.registrationsEnd),
    convocationsCloseAt: endOfParisDay(calendar.convocationsEnd),
    interviewsCloseAt: endOfParisDay(calendar.interviewsEnd),
    reportDelayDays: 3,
    summarySheetsCloseAt: endOfParisDay(calendar.summarySheetsEnd),
    closesAt: endOfParisDay(calendar.closure)
  });
}

export const PHASES = ['before_opening', 'registration', 'convocation', 'interviews', 'summary_sheets', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
  before_opening: 'Campagne pas encore ouverte',
  registration: 'Inscriptions et avis des collèges',
  convocation: 'Convocations aux entretiens',
  interviews: "Entretiens d'information",
  summary_sheets: 'Comptes rendus et fiches récapitulatives',
  closed: 'Campagne fermée'
};

/** The phase a campaign is in at `now`, and the deadline that ends it (null once closed). */
export function currentPhase(c: Campaign, now: Date): { phase: Phase; endsAt: Date | null } {
  const steps: [Phase, Date][] = [
    ['before_opening', c.opensAt],
    ['registration', c.registrationsCloseAt],
    ['convocation', c.convocationsCloseAt],
    ['interviews', c.interviewsCloseAt],
    ['summary_sheets', c.closesAt]
  ];
  const step = steps.find(([, endsAt]) => now < endsAt);
  return step ? { phase: step[0], endsAt: step[1] } : { phase: 'closed', endsAt: null };
}

/** The last day (Paris) on which a write is still on time for a deadline. */
export const lastDayBefore = (deadline: Date) => parisDate(new Date(deadline.getTime() - 1));

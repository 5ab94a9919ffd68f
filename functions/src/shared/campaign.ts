import { z } from 'zod';
import { instant, text } from './primitives.js';
import { endOfParisDay, formatParisDate, parisDate, startOfParisDay } from './parisTime.js';

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
const parisDay = z.iso.date({ error: 'date attendue (jj/mm/aaaa)' });
export const campaignCalendar = z.object({
  opens: parisDay,
  registrationsEnd: parisDay,
  convocationsEnd: parisDay,
  interviewsEnd: parisDay,
  summarySheetsEnd: parisDay,
  closure: parisDay
});
export type CampaignCalendar = z.infer<typeof campaignCalendar>;

/** The calendar's dates in the procedure's order; each may fall on the same day as the one before. */
export const CALENDAR_ORDER = [
  'opens',
  'registrationsEnd',
  'convocationsEnd',
  'interviewsEnd',
  'summarySheetsEnd',
  'closure'
] as const;

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

/** The campaign a calendar of Paris days describes (throws if the dates are out of order). */
export function campaignFromCalendar(id: string, calendar: CampaignCalendar, reportDelayDays = 3): Campaign {
  return campaign.parse({
    id,
    label: `Campagne PASSPRO ${id}`,
    opensAt: startOfParisDay(calendar.opens),
    registrationsCloseAt: endOfParisDay(calendar.registrationsEnd),
    convocationsCloseAt: endOfParisDay(calendar.convocationsEnd),
    interviewsCloseAt: endOfParisDay(calendar.interviewsEnd),
    reportDelayDays,
    summarySheetsCloseAt: endOfParisDay(calendar.summarySheetsEnd),
    closesAt: endOfParisDay(calendar.closure)
  });
}

/** The académie's campaign form: a year, the calendar, and the report delay after an interview. */
export const campaignForm = campaignCalendar
  .extend({
    id: z.string().regex(/^\d{4}$/, 'année sur 4 chiffres attendue'),
    reportDelayDays: z.coerce
      .number({ error: 'nombre de jours attendu' })
      .int('nombre entier de jours attendu')
      .min(1, 'au moins 1 jour')
      .max(15, 'au plus 15 jours')
  })
  .superRefine(
    (form, ctx) => {
      // Each date against the last readable date before it: the message names the date to respect.
      let previous: keyof CampaignCalendar | null = null;
      for (const field of CALENDAR_ORDER) {
        if (!campaignCalendar.shape[field].safeParse(form[field]).success) continue;
        if (previous && form[field] < form[previous]) {
          const day = formatParisDate(startOfParisDay(form[previous]));
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `doit tomber le ${day} ou après, date de « ${CAMPAIGN_FORM_LABELS[previous]} »`
          });
        } else previous = field;
      }
    },
    // Checked even when another field is wrong, so that every error shows at once.
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null }
  );
export type CampaignForm = z.infer<typeof campaignForm>;

export const CAMPAIGN_FORM_LABELS: Record<keyof CampaignForm, string> = {
  id: 'Année de la rentrée',
  opens: 'Ouverture',
  registrationsEnd: 'Fin des inscriptions',
  convocationsEnd: 'Fin des convocations',
  interviewsEnd: 'Fin des entretiens',
  summarySheetsEnd: 'Fin des fiches récapitulatives',
  closure: 'Fermeture',
  reportDelayDays: 'Délai de saisie du compte rendu (jours)'
};

/** The form's values for an existing campaign (deadlines shown as their last day, inclusive). */
export function campaignToForm(c: Campaign): CampaignForm {
  return {
    id: c.id,
    opens: parisDate(c.opensAt),
    registrationsEnd: lastDayBefore(c.registrationsCloseAt),
    convocationsEnd: lastDayBefore(c.convocationsCloseAt),
    interviewsEnd: lastDayBefore(c.interviewsCloseAt),
    summarySheetsEnd: lastDayBefore(c.summarySheetsCloseAt),
    closure: lastDayBefore(c.closesAt),
    reportDelayDays: c.reportDelayDays
  };
}

export const PHASES = [
  'before_opening',
  'registration',
  'convocation',
  'interviews',
  'summary_sheets',
  'closed'
] as const;
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

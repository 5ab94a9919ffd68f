import { addDays, parisDate, type CampaignCalendar, type Phase } from '../../functions/src/shared/index.js';

/**
 * The demo calendar keeps the procedure's rhythm (1 February → 30 April → 17 May → 21 May →
 * 28 May) on a shorter registration period, counted in days from the opening day.
 */
const DAYS_FROM_OPENING = {
  registrationsEnd: 70,
  convocationsEnd: 87,
  interviewsEnd: 91,
  summarySheetsEnd: 98,
  closure: 98
} as const;

/**
 * How many days before today the campaign opens so that today falls well inside each phase
 * (a phase runs from the day after the previous deadline to its own deadline, both included).
 */
const OPENED_DAYS_AGO: Record<Phase, number> = {
  before_opening: -10,
  registration: 30,
  convocation: DAYS_FROM_OPENING.registrationsEnd + 8,
  interviews: DAYS_FROM_OPENING.convocationsEnd + 2,
  summary_sheets: DAYS_FROM_OPENING.interviewsEnd + 3,
  closed: DAYS_FROM_OPENING.closure + 10
};

/**
 * The demo campaign's calendar, placed so that `today` (read as a Paris calendar day) falls in
 * `phase`: by default in the registration period, opened 30 days ago, closing in 40 days.
 */
export function defaultCalendar(today: Date, phase: Phase = 'registration'): CampaignCalendar {
  const opens = addDays(parisDate(today), -OPENED_DAYS_AGO[phase]);
  return {
    opens,
    registrationsEnd: addDays(opens, DAYS_FROM_OPENING.registrationsEnd),
    convocationsEnd: addDays(opens, DAYS_FROM_OPENING.convocationsEnd),
    interviewsEnd: addDays(opens, DAYS_FROM_OPENING.interviewsEnd),
    summarySheetsEnd: addDays(opens, DAYS_FROM_OPENING.summarySheetsEnd),
    closure: addDays(opens, DAYS_FROM_OPENING.closure)
  };
}

/** The campaign id: the year of the closure day (in the official calendar, the rentrée's year). */
export const campaignIdOf = (calendar: CampaignCalendar) => calendar.closure.slice(0, 4);

import { APPLICATION_STATUS_LABELS, formatParisDateTime, type Application, type ApplicationStatus } from '$shared';
import type { CollegeConvocation } from '$lib/data/convocations';
import { overlapWarningsByRequest } from '$lib/interviews/overlapWarnings';
import type { SheetContent } from '$lib/spreadsheet/spreadsheet';

/**
 * The collège's follow-up of its requests: each request's state as the collège reads it, joined
 * with its active convocation; filters by class, domain and state; the calendar's events and the
 * Excel sheet. Pure functions, so the page stays a thin view over them.
 */

/** DSFR badge colour of each state. */
export const STATUS_BADGES: Record<ApplicationStatus, string> = {
  registered: 'fr-badge--info',
  convoked: 'fr-badge--new',
  interviewed: 'fr-badge--success',
  absent: 'fr-badge--warning',
  reported: 'fr-badge--success',
  withdrawn: ''
};

/** One line of the follow-up: a request, its pupil's class, and its convocation while one is active. */
export interface FollowUpRow {
  application: Application & { id: string };
  className: string;
  convocation: CollegeConvocation | null;
  /** A pupil convoked by two lycées at clashing times: where else he is expected (overlapWarnings.ts). */
  warnings: string[];
}

const byFrench = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * The follow-up's lines, by class then name then domain. A cancelled convocation is not shown:
 * the request is back to awaiting one, or withdrawn.
 */
export function followUpRows(
  applications: readonly (Application & { id: string })[],
  convocations: readonly CollegeConvocation[],
  classOf: ReadonlyMap<string, string>
): FollowUpRow[] {
  const active = new Map(convocations.filter((c) => c.state === 'active').map((c) => [c.applicationId, c]));
  const warningsOf = overlapWarningsByRequest(convocations, applications);
  return applications
    .map((application) => ({
      application,
      className: classOf.get(application.pupilId) ?? '',
      convocation: application.status === 'withdrawn' ? null : (active.get(application.id) ?? null),
      warnings: warningsOf.get(application.id) ?? []
    }))
    .sort(
      (a, b) =>
        byFrench.compare(a.className, b.className) ||
        byFrench.compare(a.application.pupil.lastName, b.application.pupil.lastName) ||
        byFrench.compare(a.application.pupil.firstName, b.application.pupil.firstName) ||
        byFrench.compare(a.application.domainLabel, b.application.domainLabel)
    );
}

/** The filters of the follow-up ('' = all). */
export interface FollowUpFilters {
  className: string;
  domainId: string;
  status: ApplicationStatus | '';
}

export const NO_FOLLOW_UP_FILTERS: FollowUpFilters = { className: '', domainId: '', status: '' };

export function filterFollowUp(rows: readonly FollowUpRow[], filters: FollowUpFilters): FollowUpRow[] {
  return rows.filter(
    (row) =>
      (filters.className === '' || row.className === filters.className) &&
      (filters.domainId === '' || row.application.domainId === filters.domainId) &&
      (filters.status === '' || row.application.status === filters.status)
  );
}

/** The distinct classes and domains of the rows, for the filters' options. */
export function followUpOptions(rows: readonly FollowUpRow[]): {
  classes: string[];
  domains: { id: string; label: string }[];
} {
  const classes = [...new Set(rows.map((row) => row.className).filter(Boolean))].sort(byFrench.compare);
  const domains = new Map(rows.map((row) => [row.application.domainId, row.application.domainLabel]));
  return {
    classes,
    domains: [...domains].map(([id, label]) => ({ id, label })).sort((a, b) => byFrench.compare(a.label, b.label))
  };
}

const FORMAT_LABELS = { individuel: 'Individuel', collectif: 'Collectif' } as const;
const MODE_LABELS = { presentiel: 'présentiel', distanciel: 'distanciel' } as const;

/** « Individuel, présentiel » */
export const interviewKind = (c: Pick<CollegeConvocation, 'format' | 'mode'>) =>
  `${FORMAT_LABELS[c.format]}, ${MODE_LABELS[c.mode]}`;

/** Where the pupil goes: the place, or the meeting link for a remote interview. */
export const interviewWhere = (c: Pick<CollegeConvocation, 'mode' | 'place' | 'meetingUrl'>) =>
  c.mode === 'distanciel' && c.meetingUrl ? c.meetingUrl : c.place;

/** An event of @event-calendar/core. */
export interface CalendarEvent {
  id: string;
  start: Date;
  end: Date;
  title: string;
}

/** A convocation as the calendar shows it: the pupil, the lycée, the format and the place; first, a clash. */
export function toCalendarEvent(convocation: CollegeConvocation, clashes: boolean): CalendarEvent {
  const { pupil } = convocation;
  return {
    id: convocation.id,
    start: convocation.startsAt,
    end: convocation.endsAt,
    title:
      (clashes ? 'Chevauchement ! ' : '') +
      `${pupil.firstName} ${pupil.lastName} — ${convocation.lyceeName} (${convocation.domainLabel}) · ${interviewKind(convocation)} · ${interviewWhere(convocation)}`
  };
}

/** The follow-up as an Excel sheet: one row per request, in the order shown. */
export function followUpSheet(rows: readonly FollowUpRow[], campaignId: string): SheetContent {
  return {
    sheet: `Suivi PASSPRO ${campaignId}`,
    header: [
      'Classe',
      'Nom',
      'Prénom',
      'Domaine',
      'Lycée',
      'État',
      'Date et heure',
      'Format',
      'Lieu ou lien',
      'Alerte'
    ],
    rows: rows.map(({ application, className, convocation, warnings }) => [
      className,
      application.pupil.lastName,
      application.pupil.firstName,
      application.domainLabel,
      application.lyceeName,
      APPLICATION_STATUS_LABELS[application.status],
      convocation ? formatParisDateTime(convocation.startsAt) : '',
      convocation ? interviewKind(convocation) : '',
      convocation ? interviewWhere(convocation) : '',
      warnings.join(' ')
    ])
  };
}

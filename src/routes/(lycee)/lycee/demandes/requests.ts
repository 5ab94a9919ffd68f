import {
  APPLICATION_STATUSES,
  AVIS,
  AVIS_LABELS,
  DIPLOMA_LABELS,
  formatParisDateTime,
  isLive,
  LEVEL_LABELS,
  parisDate,
  slugify,
  type Application,
  type ApplicationStatus,
  type Formation,
  type OriginAvis,
  type PreparationSheet
} from '$shared';
import type { SheetContent } from '$lib/spreadsheet/spreadsheet';

/**
 * The lycée's « Demandes reçues »: each request addressed to it, one line per requested formation
 * (the collège's avis and the preparation sheet are per formation), grouped by domain then
 * formation, filtered, counted against the formation's places, and exported. Pure functions, so the
 * page stays a thin view over the three live queries it reads.
 */

type WithId<T> = T & { id: string };

/** How the lycée names a request's state (the collège's page words them from its own side). */
export const LYCEE_STATUS_LABELS: Record<ApplicationStatus, string> = {
  registered: 'Inscrit',
  convoked: 'Convoqué',
  interviewed: 'Entretien passé',
  absent: 'Absent',
  reported: 'Compte rendu envoyé',
  withdrawn: 'Retiré'
};

/** One request for one formation, with what the lycée may read of it. */
export interface RequestLine {
  /** applicationId/formationId: unique per line. */
  key: string;
  applicationId: string;
  pupil: Application['pupil'];
  collegeUai: string;
  collegeName: string;
  domainId: string;
  domainLabel: string;
  formationId: string;
  formationLabel: string;
  status: ApplicationStatus;
  /** When the pupil is convoked: the start of the slot the request is placed in. */
  convokedAt: Date | null;
  avis: OriginAvis | null;
  /** The collège shared the preparation sheet of this formation (the lycée may open it). */
  sheetShared: boolean;
}

/** The lycée's formations as the page reads them: the label and the places. */
export type LyceeFormation = WithId<Pick<Formation, 'domainId' | 'domainLabel' | 'diploma' | 'specialty' | 'capacity'>>;

/** « CAP Cuisine », « 2nde professionnelle Métiers de l'électricité ». */
export const formationTitle = (f: Pick<Formation, 'diploma' | 'specialty'>) =>
  `${DIPLOMA_LABELS[f.diploma]} ${f.specialty}`;

const byFrench = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * The lines of the page, by domain, formation, then pupil. A formation no longer in the catalogue
 * keeps its id as label, so that no request is hidden.
 */
export function requestLines(
  applications: readonly WithId<Application>[],
  formations: readonly LyceeFormation[],
  slotStarts: ReadonlyMap<string, Date>,
  sharedSheets: readonly Pick<PreparationSheet, 'applicationId' | 'formationId'>[]
): RequestLine[] {
  const labels = new Map(formations.map((f) => [f.id, formationTitle(f)]));
  const shared = new Set(sharedSheets.map((s) => `${s.applicationId}/${s.formationId}`));
  return applications
    .flatMap((a) =>
      a.formationIds.map((formationId) => ({
        key: `${a.id}/${formationId}`,
        applicationId: a.id,
        pupil: a.pupil,
        collegeUai: a.collegeUai,
        collegeName: a.collegeName,
        domainId: a.domainId,
        domainLabel: a.domainLabel,
        formationId,
        formationLabel: labels.get(formationId) ?? formationId,
        status: a.status,
        convokedAt: a.status === 'convoked' && a.slotId ? (slotStarts.get(a.slotId) ?? null) : null,
        avis: a.originAvis[formationId] ?? null,
        sheetShared: shared.has(`${a.id}/${formationId}`)
      }))
    )
    .sort(
      (a, b) =>
        byFrench.compare(a.domainLabel, b.domainLabel) ||
        byFrench.compare(a.formationLabel, b.formationLabel) ||
        byFrench.compare(a.pupil.lastName, b.pupil.lastName) ||
        byFrench.compare(a.pupil.firstName, b.pupil.firstName)
    );
}

/** « Convoqué le 12/05/2027 14:00 », or the state alone. */
export function statusText(line: Pick<RequestLine, 'status' | 'convokedAt'>): string {
  const label = LYCEE_STATUS_LABELS[line.status];
  return line.convokedAt ? `${label} le ${formatParisDateTime(line.convokedAt)}` : label;
}

/** The filters of the page ('' = all). */
export interface RequestFilters {
  domainId: string;
  formationId: string;
  collegeUai: string;
  /** An ApplicationStatus (STATUS_OPTIONS). */
  status: string;
  /** An avis, or 'none' for the lines without one (AVIS_OPTIONS). */
  avis: string;
  /** Part of the pupil's name, any case or accents. */
  name: string;
}

export const NO_REQUEST_FILTERS: RequestFilters = {
  domainId: '',
  formationId: '',
  collegeUai: '',
  status: '',
  avis: '',
  name: ''
};

/** A filter's choice. */
export interface Option {
  id: string;
  label: string;
}

export const STATUS_OPTIONS: Option[] = APPLICATION_STATUSES.map((id) => ({ id, label: LYCEE_STATUS_LABELS[id] }));
export const AVIS_OPTIONS: Option[] = [
  ...AVIS.map((id) => ({ id, label: AVIS_LABELS[id] })),
  { id: 'none', label: 'Sans avis' }
];

/** How many filters are set, for the phone's « Filtrer (n) » button. */
export const activeFilterCount = (filters: RequestFilters) => Object.values(filters).filter((v) => v.trim()).length;

export function filterLines(lines: readonly RequestLine[], filters: RequestFilters): RequestLine[] {
  const name = slugify(filters.name);
  return lines.filter(
    (line) =>
      (filters.domainId === '' || line.domainId === filters.domainId) &&
      (filters.formationId === '' || line.formationId === filters.formationId) &&
      (filters.collegeUai === '' || line.collegeUai === filters.collegeUai) &&
      (filters.status === '' || line.status === filters.status) &&
      (filters.avis === '' || (line.avis?.avis ?? 'none') === filters.avis) &&
      (name === '' ||
        slugify(`${line.pupil.firstName} ${line.pupil.lastName}`).includes(name) ||
        slugify(`${line.pupil.lastName} ${line.pupil.firstName}`).includes(name))
  );
}

const optionsOf = (pairs: [string, string][]): Option[] =>
  [...new Map(pairs)].map(([id, label]) => ({ id, label })).sort((a, b) => byFrench.compare(a.label, b.label));

/** The domains, formations and collèges of the lines, for the filters' options. */
export function filterOptions(lines: readonly RequestLine[]): {
  domains: Option[];
  formations: Option[];
  colleges: Option[];
} {
  return {
    domains: optionsOf(lines.map((l) => [l.domainId, l.domainLabel])),
    formations: optionsOf(lines.map((l) => [l.formationId, l.formationLabel])),
    colleges: optionsOf(lines.map((l) => [l.collegeUai, l.collegeName]))
  };
}

/** The requests of one formation shown on the page, under its domain. */
export interface FormationGroup {
  formationId: string;
  formationLabel: string;
  lines: RequestLine[];
}

export interface DomainGroup {
  domainId: string;
  domainLabel: string;
  formations: FormationGroup[];
}

/** Lines (already in order) grouped by domain, then formation. */
export function groupLines(lines: readonly RequestLine[]): DomainGroup[] {
  const domains: DomainGroup[] = [];
  for (const line of lines) {
    let domain = domains.find((d) => d.domainId === line.domainId);
    if (!domain) {
      domain = { domainId: line.domainId, domainLabel: line.domainLabel, formations: [] };
      domains.push(domain);
    }
    let formation = domain.formations.find((f) => f.formationId === line.formationId);
    if (!formation) {
      formation = { formationId: line.formationId, formationLabel: line.formationLabel, lines: [] };
      domain.formations.push(formation);
    }
    formation.lines.push(line);
  }
  return domains;
}

/** How many live requests a formation has against its places. */
export interface Demand {
  formationId: string;
  formationLabel: string;
  domainLabel: string;
  requests: number;
  /** Places in the first year; null when the catalogue gives none (a formation no longer listed). */
  capacity: number | null;
}

/**
 * The demand of each formation of the lycée, filters aside (it is a fact about the formation):
 * the requests not withdrawn, against the catalogue's places. Formations without requests count 0.
 */
export function demandByFormation(
  applications: readonly Pick<Application, 'formationIds' | 'status'>[],
  formations: readonly LyceeFormation[]
): Demand[] {
  const requests = new Map<string, number>();
  for (const a of applications.filter(isLive))
    for (const id of a.formationIds) requests.set(id, (requests.get(id) ?? 0) + 1);
  const listed: Demand[] = formations.map((f) => ({
    formationId: f.id,
    formationLabel: formationTitle(f),
    domainLabel: f.domainLabel,
    requests: requests.get(f.id) ?? 0,
    capacity: f.capacity
  }));
  const unlisted: Demand[] = [...requests]
    .filter(([id]) => !formations.some((f) => f.id === id))
    .map(([id, count]) => ({ formationId: id, formationLabel: id, domainLabel: '', requests: count, capacity: null }));
  return [...listed, ...unlisted].sort(
    (a, b) => byFrench.compare(a.domainLabel, b.domainLabel) || byFrench.compare(a.formationLabel, b.formationLabel)
  );
}

/** « 14 demandes pour 12 places », « 1 demande — capacité non renseignée ». */
export function demandText(d: Pick<Demand, 'requests' | 'capacity'>): string {
  const requests = `${d.requests} demande${d.requests > 1 ? 's' : ''}`;
  return d.capacity === null
    ? `${requests} — capacité non renseignée`
    : `${requests} pour ${d.capacity} place${d.capacity > 1 ? 's' : ''}`;
}

/** The lines shown, as the lycée's working list in Excel: one row per request and formation. */
export function requestsSheet(lines: readonly RequestLine[], campaignId: string): SheetContent {
  return {
    sheet: `Demandes reçues ${campaignId}`,
    header: [
      'Domaine',
      'Formation',
      'Nom',
      'Prénom',
      'Niveau',
      'Collège',
      'État',
      'Avis du collège',
      'Commentaire du collège',
      'Fiche de préparation partagée'
    ],
    rows: lines.map((line) => [
      line.domainLabel,
      line.formationLabel,
      line.pupil.lastName,
      line.pupil.firstName,
      LEVEL_LABELS[line.pupil.level],
      line.collegeName,
      statusText(line),
      line.avis ? AVIS_LABELS[line.avis.avis] : '',
      line.avis?.comment ?? '',
      line.sheetShared ? 'Oui' : 'Non'
    ])
  };
}

/** « demandes-recues-0930303C-2027-05-12.xlsx »: the lycée's UAI and the day (Paris) of the export. */
export function requestsFileName(lyceeUai: string, now: Date): string {
  return `demandes-recues-${lyceeUai}-${parisDate(now)}.xlsx`;
}

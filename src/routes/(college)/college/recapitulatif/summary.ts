import { AVIS_LABELS, type Application, type Avis, type OriginAvis } from '$shared';
import type { CollegeConvocation } from '$lib/data/convocations';
import type { SubmittedReport } from '$lib/data/interviewReports';

/**
 * The fiche récapitulative of a pupil: for each domain, the lycée, the interview's date and format,
 * the collège's avis, and for an individual interview the lycée's report and avis per formation.
 * Built from documents already read, so it is tested without Firestore.
 */

/** One formation of a domain on the sheet. */
export interface SummaryFormation {
  id: string;
  label: string;
  /** False for a formation the pupil did not request, on which the lycée gave an avis at the interview. */
  requested: boolean;
  originAvis: OriginAvis | null;
  lyceeAvis: Avis | null;
}

export interface SummaryDomain {
  applicationId: string;
  domainLabel: string;
  lyceeName: string;
  interview: Pick<CollegeConvocation, 'startsAt' | 'format' | 'mode'> | null;
  formations: SummaryFormation[];
  /** The lycée's report on the whole domain (individual interviews only). */
  report: string | null;
  /** What the family should know about this domain's interview, in a sentence. */
  note: string;
}

export const EXTRA_FORMATION_NOTE =
  'Avis donné par le lycée sur une formation que l’élève n’avait pas demandée : il a exprimé cette préférence pendant l’entretien.';

function noteOf(
  application: Application,
  interview: SummaryDomain['interview'],
  report: SubmittedReport | null
): string {
  if (application.status === 'absent' || report?.attendance === 'absent')
    return 'L’élève ne s’est pas présenté à l’entretien.';
  if (interview?.format === 'collectif')
    return 'Entretien collectif : aucun compte rendu n’est donné après cette séance.';
  if (application.status === 'reported' && report) return '';
  return 'Le compte rendu du lycée n’est pas encore arrivé.';
}

/** The domains of a pupil's sheet, live requests only, by domain. */
export function summaryOf(
  applications: readonly (Application & { id: string })[],
  convocations: ReadonlyMap<string, CollegeConvocation>,
  reports: ReadonlyMap<string, SubmittedReport>,
  labelOf: (formationId: string) => string
): SummaryDomain[] {
  return applications
    .filter((application) => application.status !== 'withdrawn')
    .sort((a, b) => a.domainLabel.localeCompare(b.domainLabel, 'fr'))
    .map((application) => {
      const convocation = convocations.get(application.id);
      const interview = convocation
        ? { startsAt: convocation.startsAt, format: convocation.format, mode: convocation.mode }
        : null;
      const report = interview?.format === 'collectif' ? null : (reports.get(application.id) ?? null);
      const formations: SummaryFormation[] = application.formationIds.map((id) => ({
        id,
        label: labelOf(id),
        requested: true,
        originAvis: application.originAvis[id] ?? null,
        lyceeAvis: report?.avisByFormation[id] ?? null
      }));
      if (report?.extraFormation) {
        formations.push({
          id: report.extraFormation.formationId,
          label: labelOf(report.extraFormation.formationId),
          requested: false,
          originAvis: null,
          lyceeAvis: report.extraFormation.avis
        });
      }
      return {
        applicationId: application.id,
        domainLabel: application.domainLabel,
        lyceeName: application.lyceeName,
        interview,
        formations,
        report: report && report.attendance === 'present' ? report.summary : null,
        note: noteOf(application, interview, report)
      };
    });
}

/** A pupil's sheet can be handed out once an interview has taken place (report in, or collective). */
export const summaryReady = (applications: readonly Pick<Application, 'status'>[]) =>
  applications.some((application) => ['reported', 'interviewed', 'absent'].includes(application.status));

export const avisLabel = (avis: Avis | null | undefined) => (avis ? AVIS_LABELS[avis] : '—');

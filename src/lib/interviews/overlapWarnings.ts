import { formatParisDate, formatParisTime, type Convocation, type InterviewOverlap } from '$shared';

/**
 * The overlap warning as the lycée's planning and the collège's follow-up say it. A request holds
 * only the other interview's times (applications.overlaps); the page names that interview when it
 * can see it among its own convocations — always for the collège, which sees every request of
 * its pupils; for a lycée only when the other request is addressed to it too.
 */

/** A convocation the page reads, joined with its request's pupil. */
export interface VisibleInterview {
  pupilId: string;
  applicationId: string;
  lyceeName: string;
  domainLabel: string;
  startsAt: Date;
  endsAt: Date;
}

/** The page's active convocations with their pupil, for naming the other side of a clash. */
export function visibleInterviews(
  convocations: readonly Pick<
    Convocation,
    'applicationId' | 'state' | 'lyceeName' | 'domainLabel' | 'startsAt' | 'endsAt'
  >[],
  requests: readonly { id: string; pupilId: string }[]
): VisibleInterview[] {
  const pupilOf = new Map(requests.map((r) => [r.id, r.pupilId]));
  return convocations.flatMap((c) => {
    const pupilId = pupilOf.get(c.applicationId);
    return c.state === 'active' && pupilId ? [{ ...c, pupilId }] : [];
  });
}

/**
 * « Attention : cet élève est aussi convoqué le lundi 10 mai 2027 de 09:10 à 09:40 dans un autre
 * lycée : … » — one sentence per clash of the request, none without.
 */
export function overlapWarnings(
  request: { id: string; pupilId: string; overlaps?: InterviewOverlap[] },
  visible: readonly VisibleInterview[]
): string[] {
  return (request.overlaps ?? []).map((overlap) => {
    const other = visible.find(
      (v) =>
        v.pupilId === request.pupilId &&
        v.applicationId !== request.id &&
        v.startsAt.getTime() === overlap.startsAt.getTime() &&
        v.endsAt.getTime() === overlap.endsAt.getTime()
    );
    const where = other ? `(${other.lyceeName}, ${other.domainLabel})` : 'dans un autre lycée';
    return (
      `Attention : cet élève est aussi convoqué le ${formatParisDate(overlap.startsAt)} de ` +
      `${formatParisTime(overlap.startsAt)} à ${formatParisTime(overlap.endsAt)} ${where} : les deux entretiens ` +
      'se chevauchent ou sont trop proches pour qu’il puisse se rendre aux deux.'
    );
  });
}

/** Every request's warnings (often none), keyed by request id: what a page over these lists shows. */
export function overlapWarningsByRequest(
  convocations: Parameters<typeof visibleInterviews>[0],
  requests: readonly { id: string; pupilId: string; overlaps?: InterviewOverlap[] }[]
): Map<string, string[]> {
  const visible = visibleInterviews(convocations, requests);
  return new Map(requests.map((r) => [r.id, overlapWarnings(r, visible)]));
}

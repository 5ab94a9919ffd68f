import type { InterviewMode, InterviewOverlap } from '../shared/index.js';

/**
 * A pupil has one request per domain, each at its own lycée, and each lycée sees only its own: two
 * lycées may convoke him at the same time without knowing it. These pure functions find, among his
 * active convocations, the pairs he cannot attend both of.
 */

/**
 * Time to go from one interview to the other when they are not in the same place. The académie
 * spans three départements (77, 93, 94): between two lycées, or between the collège (where a pupil
 * takes a remote interview) and a lycée, public transport takes 30 to 90 minutes; an hour flags the
 * pairs a pupil cannot make without flagging every two interviews of the same day.
 */
export const TRAVEL_MARGIN_MS = 60 * 60_000;

/** One active convocation of the pupil, as the comparison needs it. */
export interface ConvokedInterview {
  applicationId: string;
  lyceeUai: string;
  mode: InterviewMode;
  startsAt: Date;
  endsAt: Date;
}

/**
 * Where the pupil has to be: at the lycée for an interview in person, at the collège's workstation
 * for a remote one (the procedure: the collège lends a computer), wherever the lycée is.
 */
const placeOf = (i: ConvokedInterview) => (i.mode === 'distanciel' ? 'collège' : `lycée ${i.lyceeUai}`);

/**
 * Whether the pupil cannot attend both: their intervals, compared as instants (so a DST change
 * between them counts its real duration), overlap once the travel margin is added, unless both
 * are in the same place (margin 0: one ending at 10:00 and the other starting at 10:00 is fine).
 */
export function clash(a: ConvokedInterview, b: ConvokedInterview): boolean {
  const margin = placeOf(a) === placeOf(b) ? 0 : TRAVEL_MARGIN_MS;
  return a.startsAt.getTime() < b.endsAt.getTime() + margin && b.startsAt.getTime() < a.endsAt.getTime() + margin;
}

/**
 * The warning each request of the pupil should carry: the times of his other interviews that
 * clash with its own, earliest first; an empty list for a request without a clash or without an
 * active convocation. `requestIds`: every request of the pupil in the campaign.
 */
export function overlapsByRequest(
  requestIds: readonly string[],
  interviews: readonly ConvokedInterview[]
): Map<string, InterviewOverlap[]> {
  const result = new Map(requestIds.map((id) => [id, [] as InterviewOverlap[]]));
  for (const mine of interviews) {
    result.set(
      mine.applicationId,
      interviews
        .filter((other) => other.applicationId !== mine.applicationId && clash(mine, other))
        .sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime())
        .map(({ startsAt, endsAt }) => ({ startsAt, endsAt }))
    );
  }
  return result;
}

/** Whether a stored warning already says what `computed` says (so a replay writes nothing). */
export function sameOverlaps(stored: readonly InterviewOverlap[], computed: readonly InterviewOverlap[]): boolean {
  return (
    stored.length === computed.length &&
    stored.every(
      (o, i) =>
        o.startsAt.getTime() === computed[i].startsAt.getTime() && o.endsAt.getTime() === computed[i].endsAt.getTime()
    )
  );
}

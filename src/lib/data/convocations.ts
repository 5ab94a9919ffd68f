import { collection, query, where } from 'firebase/firestore';
import { z } from 'zod';
import { COLLECTIONS, instant, interviewFormat, interviewMode } from '$shared';
import { db } from '$lib/firebase/app';
import { liveQuery } from '$lib/live/liveQuery';
import type { Live } from '$lib/live/live';
import { schemaConverter, type WithId } from './converter';

/**
 * convocations/{applicationId}, read-only, as the collège sees them. The lycée's side (issue 10)
 * owns this collection and its schema; this minimal reader keeps to the fields of the data contract
 * the collège's follow-up shows, and gives way to the lycée's module when both are merged.
 */
const collegeConvocation = z.object({
  campaignId: z.string(),
  applicationId: z.string(),
  collegeUai: z.string(),
  lyceeUai: z.string(),
  state: z.enum(['active', 'cancelled']),
  pupil: z.object({ firstName: z.string(), lastName: z.string() }),
  lyceeName: z.string(),
  domainLabel: z.string(),
  format: interviewFormat,
  mode: interviewMode,
  startsAt: instant,
  endsAt: instant,
  place: z.string(),
  meetingUrl: z.string().nullable()
});
export type CollegeConvocation = WithId<z.infer<typeof collegeConvocation>>;

const converter = schemaConverter(COLLECTIONS.convocations, collegeConvocation);

/**
 * The convocations of a collège in a campaign, live. Equality filters only (served by Firestore's
 * single-field indexes): the page sorts them by date itself.
 */
export function liveConvocationsOfCollege(campaignId: string, collegeUai: string): Live<CollegeConvocation[]> {
  const convocations = collection(db, COLLECTIONS.convocations).withConverter(converter);
  return liveQuery(query(convocations, where('campaignId', '==', campaignId), where('collegeUai', '==', collegeUai)));
}

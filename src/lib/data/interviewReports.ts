import { collection, doc, getDoc } from 'firebase/firestore';
import { z } from 'zod';
import { avis, COLLECTIONS, instant } from '$shared';
import { db } from '$lib/firebase/app';
import { schemaConverter } from './converter';

/**
 * interviewReports/{applicationId}, read-only, as the collège's summary sheet needs them. The
 * lycée's side (issue 10) owns the collection and its schema; this minimal reader keeps to the
 * contract's fields and gives way to the lycée's module when both are merged.
 */
const submittedReport = z.object({
  applicationId: z.string(),
  attendance: z.enum(['present', 'absent']),
  summary: z.string(),
  avisByFormation: z.record(z.string(), avis),
  extraFormation: z.object({ formationId: z.string(), avis }).nullable(),
  submittedAt: instant
});
export type SubmittedReport = z.infer<typeof submittedReport>;

const converter = schemaConverter(COLLECTIONS.interviewReports, submittedReport);

/**
 * The lycée's submitted report on an application, or null. Read only for applications whose status
 * says the report is in: the collège may not read a draft.
 */
export async function getSubmittedReport(applicationId: string): Promise<SubmittedReport | null> {
  const snapshot = await getDoc(
    doc(collection(db, COLLECTIONS.interviewReports), applicationId).withConverter(converter)
  );
  return snapshot.data() ?? null;
}

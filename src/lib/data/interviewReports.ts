import {
  collection,
  doc,
  getDoc,
  query,
  serverTimestamp,
  setDoc,
  where,
  type Firestore,
  type Query
} from 'firebase/firestore';
import { COLLECTIONS, interviewReport, type InterviewReport, type ReportFields } from '$shared';
import { db } from '$lib/firebase/app';
import { liveQuery } from '$lib/live/liveQuery';
import type { Live } from '$lib/live/live';
import { schemaConverter, type WithId } from './converter';

const converter = schemaConverter(COLLECTIONS.interviewReports, interviewReport);

/** The reports a lycée wrote in a campaign (drafts included; equality only). */
export function reportsOfLycee(
  firestore: Firestore,
  campaignId: string,
  lyceeUai: string
): Query<WithId<InterviewReport>> {
  return query(
    collection(firestore, COLLECTIONS.interviewReports).withConverter(converter),
    where('campaignId', '==', campaignId),
    where('lyceeUai', '==', lyceeUai)
  );
}

/** The submitted reports on a collège's pupils (the rules hide drafts; index campaignId, collegeUai, submittedAt). */
export function submittedReportsOfCollege(
  firestore: Firestore,
  campaignId: string,
  collegeUai: string
): Query<WithId<InterviewReport>> {
  return query(
    collection(firestore, COLLECTIONS.interviewReports).withConverter(converter),
    where('campaignId', '==', campaignId),
    where('collegeUai', '==', collegeUai),
    where('submittedAt', '!=', null)
  );
}

/** The lycée's reports, live. */
export function liveLyceeReports(campaignId: string, lyceeUai: string): Live<WithId<InterviewReport>[]> {
  return liveQuery(reportsOfLycee(db, campaignId, lyceeUai));
}

/** The collège's submitted reports, live: a report shows as soon as the lycée sends it. */
export function liveCollegeReports(campaignId: string, collegeUai: string): Live<WithId<InterviewReport>[]> {
  return liveQuery(submittedReportsOfCollege(db, campaignId, collegeUai));
}

/** Saves the report as a draft, or submits it (then the collège sees it). */
export async function saveReport(
  about: { campaignId: string; applicationId: string; slotId: string; lyceeUai: string; collegeUai: string },
  fields: ReportFields,
  submit: boolean,
  uid: string
): Promise<void> {
  await setDoc(doc(db, COLLECTIONS.interviewReports, about.applicationId), {
    ...about,
    ...fields,
    submittedAt: submit ? serverTimestamp() : null,
    updatedAt: serverTimestamp(),
    updatedBy: uid
  });
}

/** A submitted report as the collège's summary sheet reads it. */
export type SubmittedReport = Pick<
  InterviewReport,
  'applicationId' | 'attendance' | 'summary' | 'avisByFormation' | 'extraFormation' | 'submittedAt'
>;

/**
 * The lycée's submitted report on an application, or null. Read only for applications whose status
 * says the report is in: the collège may not read a draft.
 */
export async function getSubmittedReport(applicationId: string): Promise<SubmittedReport | null> {
  const snapshot = await getDoc(doc(db, COLLECTIONS.interviewReports, applicationId).withConverter(converter));
  return snapshot.data() ?? null;
}

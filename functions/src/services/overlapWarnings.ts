import { FieldValue } from 'firebase-admin/firestore';
import { db } from '../admin.js';
import * as logs from '../logs.js';
import { COLLECTIONS, convocation, interviewOverlap } from '../shared/index.js';
import { overlapsByRequest, sameOverlaps, type ConvokedInterview } from './overlaps.js';

const applications = () => db.collection(COLLECTIONS.applications);

/**
 * Rewrites the overlap warning of every request of the pupil behind `applicationId`, in one
 * transaction, from the current documents: his requests of the campaign (one equality query on
 * pupilId and campaignId: a handful of documents) and their convocations. A request whose warning
 * already says the same is not written, so replays and the runs of the other convocations of the
 * pupil change nothing; a warning no longer due is deleted (re-timed, unassigned, withdrawn).
 */
export async function refreshOverlapWarnings(applicationId: string): Promise<void> {
  const warned = await db.runTransaction(async (tx) => {
    const request = (await tx.get(applications().doc(applicationId))).data();
    if (!request) return [];
    const requests = await tx.get(
      applications().where('pupilId', '==', request.pupilId).where('campaignId', '==', request.campaignId)
    );
    const convocations = await tx.getAll(
      ...requests.docs.map((d) => db.collection(COLLECTIONS.convocations).doc(d.id))
    );
    const interviews: ConvokedInterview[] = convocations
      .filter((c) => c.exists && c.get('state') === 'active')
      .map((c) => convocation.parse(c.data()));
    const computed = overlapsByRequest(
      requests.docs.map((d) => d.id),
      interviews
    );
    const newlyWarned: string[] = [];
    for (const d of requests.docs) {
      const stored = interviewOverlap.array().parse(d.get('overlaps') ?? []);
      const due = computed.get(d.id) ?? [];
      if (sameOverlaps(stored, due)) continue;
      // Not stamped with updatedAt/updatedBy: those say who last changed the request, not this function.
      tx.update(d.ref, { overlaps: due.length ? due : FieldValue.delete() });
      if (due.length) newlyWarned.push(d.id);
    }
    return newlyWarned;
  });
  if (warned.length) logs.convocationOverlap(warned);
}

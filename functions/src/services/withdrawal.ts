import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { db } from '../admin.js';
import * as logs from '../logs.js';
import { COLLECTIONS, notification } from '../shared/index.js';

/** gRPC status of a create() on an existing document. */
const ALREADY_EXISTS = 6;

/**
 * A withdrawn request leaves its slot: the id leaves the slot's applicationIds and the request's
 * slotId becomes null, in one transaction, so slot.applicationIds keeps listing exactly the
 * requests whose slotId is the slot. The status stays 'withdrawn'. A replay finds slotId null and
 * does nothing. Returns the slot freed, if any.
 */
export async function releaseSeat(applicationId: string): Promise<string | null> {
  return db.runTransaction(async (tx) => {
    const ref = db.collection(COLLECTIONS.applications).doc(applicationId);
    const request = (await tx.get(ref)).data();
    if (request?.status !== 'withdrawn' || request.slotId == null) return null;
    const slotRef = db.collection(COLLECTIONS.interviewSlots).doc(request.slotId);
    const slot = await tx.get(slotRef);
    if (slot.exists) tx.update(slotRef, { applicationIds: FieldValue.arrayRemove(applicationId) });
    tx.update(ref, { slotId: null });
    logs.seatReleased(applicationId, request.slotId);
    return request.slotId as string;
  });
}

/**
 * Tells the staff of the lycée a request was addressed to that the collège withdrew it. One
 * notification per person and per withdrawal (ids from the request and the withdrawal's time), so
 * a replay adds none and a later withdrawal, after a reactivation, notifies again. No pupil name:
 * the lycée's list shows who.
 */
export async function notifyWithdrawal(applicationId: string): Promise<number> {
  const request = (await db.collection(COLLECTIONS.applications).doc(applicationId).get()).data();
  const withdrawnAt = request?.withdrawal?.at;
  if (request?.status !== 'withdrawn' || !(withdrawnAt instanceof Timestamp)) return 0;
  const staff = await db
    .collection(COLLECTIONS.users)
    .where('role', '==', 'lycee')
    .where('uai', '==', request.lyceeUai)
    .where('disabled', '==', false)
    .get();
  const notice = (recipientUid: string) =>
    notification.parse({
      recipientUid,
      kind: 'withdrawal',
      title: 'Demande d’entretien retirée',
      body: `${request.collegeName} a retiré une demande d’entretien dans le domaine « ${request.domainLabel} ». Sa place est libérée.`,
      link: '/lycee',
      createdAt: new Date(),
      readAt: null
    });
  let created = 0;
  for (const person of staff.docs) {
    const id = `withdrawal_${applicationId}_${withdrawnAt.toMillis()}_${person.id}`;
    try {
      await db.collection(COLLECTIONS.notifications).doc(id).create(notice(person.id));
      created += 1;
    } catch (error) {
      if ((error as { code?: unknown }).code !== ALREADY_EXISTS) throw error;
    }
  }
  logs.withdrawalNotified(applicationId, created);
  return created;
}

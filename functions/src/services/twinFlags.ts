import type { DocumentData, DocumentReference, Transaction } from 'firebase-admin/firestore';
import { db } from '../admin.js';
import * as logs from '../logs.js';
import { applicationId, COLLECTIONS, isLive, type ApplicationStatus } from '../shared/index.js';
import { registeredBefore, twinsOf, type PupilNames } from './twins.js';

/**
 * The "triggers enforce domain uniqueness" backstop. The id pupil_domain keeps one request per
 * pupil per domain; the same child registered twice under two pupil ids is what it cannot see.
 * Each function runs in a transaction and writes only what is still unset, so replays change nothing.
 */

const pupils = () => db.collection(COLLECTIONS.pupils);
const applications = () => db.collection(COLLECTIONS.applications);

const namesOf = (id: string, data: DocumentData): PupilNames => ({
  id,
  firstName: String(data.firstName ?? ''),
  lastName: String(data.lastName ?? ''),
  twin: data.twin ?? null,
  createdAt: data.createdAt?.toDate?.() ?? new Date(0)
});

/** The suspected twins of a pupil, read in the transaction: same collège and campaign, same names. */
async function suspectedTwins(tx: Transaction, pupilId: string, pupil: DocumentData): Promise<PupilNames[]> {
  const sameCollege = await tx.get(
    pupils().where('campaignId', '==', pupil.campaignId).where('collegeUai', '==', pupil.collegeUai)
  );
  return twinsOf(
    namesOf(pupilId, pupil),
    sameCollege.docs.map((d) => namesOf(d.id, d.data()))
  );
}

/** The id of the live request of one of `twins` in `domainId`, if any, read in the transaction. */
async function liveTwinRequest(tx: Transaction, twins: PupilNames[], domainId: string): Promise<string | null> {
  for (const twin of twins) {
    const id = applicationId(twin.id, domainId);
    const snapshot = await tx.get(applications().doc(id));
    if (snapshot.exists && isLive({ status: snapshot.get('status') as ApplicationStatus })) return id;
  }
  return null;
}

/**
 * A new pupil: flags him as the suspected twin of the earliest record registered before him with
 * his names, and each of his live requests in a domain where that twin has one. The earliest
 * record is never flagged (even when its own event is delivered after the duplicate's), and a
 * pupil already flagged or confirmed distinct is left as it is.
 */
export async function flagPupilTwin(pupilId: string): Promise<void> {
  await db.runTransaction(async (tx) => {
    const snapshot = await tx.get(pupils().doc(pupilId));
    const pupil = snapshot.data();
    if (!pupil || pupil.twin) return;
    const [twin] = (await suspectedTwins(tx, pupilId, pupil)).filter((other) =>
      registeredBefore(other, namesOf(pupilId, pupil))
    );
    if (!twin) return;

    const flags: [string, string][] = [];
    for (const domainId of (pupil.liveDomainIds ?? []) as string[]) {
      const own = await tx.get(applications().doc(applicationId(pupilId, domainId)));
      const twinRequest = await liveTwinRequest(tx, [twin], domainId);
      if (own.exists && own.get('twinOf') == null && twinRequest) flags.push([own.id, twinRequest]);
    }
    tx.update(snapshot.ref, { twin: { pupilId: twin.id, state: 'suspected' } });
    for (const [id, twinOf] of flags) tx.update(applications().doc(id), { twinOf });
    logs.twinFlagged(pupilId, flags.length);
  });
}

/**
 * A request that became live (created or reactivated): flags it when a suspected twin of its
 * pupil already has a live request in the same domain. Left as is once flagged.
 */
export async function flagApplicationTwin(id: string): Promise<void> {
  await db.runTransaction(async (tx) => {
    const snapshot = await tx.get(applications().doc(id));
    const request = snapshot.data();
    if (!request || !isLive({ status: request.status }) || request.twinOf != null) return;
    const pupil = (await tx.get(pupils().doc(request.pupilId))).data();
    if (!pupil) return;
    const twinRequest = await liveTwinRequest(tx, await suspectedTwins(tx, request.pupilId, pupil), request.domainId);
    if (!twinRequest) return;
    tx.update(snapshot.ref, { twinOf: twinRequest });
    logs.applicationTwinFlagged(id);
  });
}

/**
 * The head confirmed that a pupil and his suspected twin are two children: the links between
 * their requests are cleared, on both sides. Clearing twice clears nothing more.
 */
export async function clearTwinLinks(pupilId: string, twinId: string): Promise<void> {
  await db.runTransaction(async (tx) => {
    const pupil = (await tx.get(pupils().doc(pupilId))).data();
    if (pupil?.twin?.state !== 'distinct') return;
    const domainIds = (pupil.liveDomainIds ?? []) as string[];
    const links: [string, string][] = domainIds.flatMap((d) => [
      [applicationId(pupilId, d), applicationId(twinId, d)],
      [applicationId(twinId, d), applicationId(pupilId, d)]
    ]);
    const linked: DocumentReference[] = [];
    for (const [from, to] of links) {
      const snapshot = await tx.get(applications().doc(from));
      if (snapshot.exists && snapshot.get('twinOf') === to) linked.push(snapshot.ref);
    }
    for (const ref of linked) tx.update(ref, { twinOf: null });
  });
}

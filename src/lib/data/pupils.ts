import {
  arrayRemove,
  arrayUnion,
  collection,
  deleteDoc,
  doc,
  getDocs,
  query,
  serverTimestamp,
  updateDoc,
  where,
  writeBatch,
  type CollectionReference,
  type Firestore,
  type Query
} from 'firebase/firestore';
import {
  applicationId,
  COLLECTIONS,
  identityOf,
  isLive,
  pupil,
  pupilInput,
  type Application,
  type Pupil,
  type PupilInput
} from '$shared';
import { db } from '$lib/firebase/app';
import { liveCount, polledCount } from '$lib/live/liveCount';
import { liveDoc } from '$lib/live/liveDoc';
import { liveQuery } from '$lib/live/liveQuery';
import type { Live } from '$lib/live/live';
import { applicationsOfPupil } from './applications';
import { schemaConverter, type WithId } from './converter';

const converter = schemaConverter(COLLECTIONS.pupils, pupil);

/** pupils/, read through the shared schema. */
export function pupilsRef(firestore: Firestore): CollectionReference<WithId<Pupil>> {
  return collection(firestore, COLLECTIONS.pupils).withConverter(converter);
}

/** The pupils of a campaign, académie-wide or of one collège. */
export function pupilsOfCampaign(firestore: Firestore, campaignId: string, collegeUai?: string): Query<WithId<Pupil>> {
  const ofCampaign = query(pupilsRef(firestore), where('campaignId', '==', campaignId));
  return collegeUai ? query(ofCampaign, where('collegeUai', '==', collegeUai)) : ofCampaign;
}

/** How many pupils take part in a campaign, académie-wide (polled) or from one collège (live). */
export function livePupilCount(campaignId: string, collegeUai?: string): Live<number | null> {
  const pupils = pupilsOfCampaign(db, campaignId, collegeUai);
  return collegeUai ? liveCount(pupils) : polledCount(pupils);
}

/** A collège's pupils in a campaign, live (a few hundred at most). */
export function livePupilsOf(campaignId: string, collegeUai: string): Live<WithId<Pupil>[]> {
  return liveQuery(pupilsOfCampaign(db, campaignId, collegeUai));
}

/** One pupil, live; null while loading or when absent. */
export function livePupil(pupilId: string): Live<WithId<Pupil> | null> {
  return liveDoc(doc(pupilsRef(db), pupilId));
}

const authored = (uid: string) => ({ updatedAt: serverTimestamp(), updatedBy: uid });
const created = (uid: string) => ({ createdAt: serverTimestamp(), createdBy: uid, ...authored(uid) });

/**
 * Registers pupils of a collège in one batch: all of them or none (at most 500, Firestore's limit
 * for a batch; the import refuses larger lists before calling). Resolves with their new ids.
 */
export async function addPupils(
  campaignId: string,
  collegeUai: string,
  pupils: PupilInput[],
  uid: string
): Promise<string[]> {
  const batch = writeBatch(db);
  const ids = pupils.map((fields) => {
    const ref = doc(collection(db, COLLECTIONS.pupils));
    batch.set(ref, {
      ...pupilInput.parse(fields),
      campaignId,
      collegeUai,
      liveDomainIds: [],
      twin: null,
      ...created(uid)
    });
    return ref.id;
  });
  await batch.commit();
  return ids;
}

/**
 * Saves a pupil's names, class and level, and re-copies names and level into his requests in the
 * same batch: the rules check that a request's copy equals the pupil.
 */
export async function updatePupil(
  pupilId: string,
  collegeUai: string,
  campaignId: string,
  fields: PupilInput,
  uid: string
) {
  const parsed = pupilInput.parse(fields);
  const requests = await getDocs(applicationsOfPupil(db, campaignId, collegeUai, pupilId));
  const batch = writeBatch(db);
  batch.update(doc(db, COLLECTIONS.pupils, pupilId), { ...parsed, ...authored(uid) });
  for (const request of requests.docs) batch.update(request.ref, { pupil: identityOf(parsed), ...authored(uid) });
  await batch.commit();
}

/** The head confirms that a pupil flagged as a possible twin is another child with the same name. */
export async function confirmDistinctPupils(pupilId: string, twinPupilId: string, uid: string): Promise<void> {
  await updateDoc(doc(db, COLLECTIONS.pupils, pupilId), {
    twin: { pupilId: twinPupilId, state: 'distinct' },
    ...authored(uid)
  });
}

/**
 * Merges a pupil registered twice into the other registration (`keep`), during registrations: each
 * live request of the duplicate moves to `keep` when he has none live in its domain (a new request,
 * or his withdrawn one made live again) and is withdrawn, one batch per domain (the rules follow
 * the pupils' liveDomainIds one domain at a time); then the duplicate, with no live request left,
 * is deleted. Each step leaves the data consistent, should a later one fail.
 */
export async function mergeDuplicatePupil(
  duplicate: WithId<Pupil>,
  keep: WithId<Pupil>,
  duplicateRequests: readonly WithId<Application>[],
  keptRequests: readonly WithId<Application>[],
  uid: string
): Promise<void> {
  for (const request of duplicateRequests.filter(isLive)) {
    const batch = writeBatch(db);
    const kept = keptRequests.find((r) => r.domainId === request.domainId);
    const choice = {
      lyceeUai: request.lyceeUai,
      lyceeName: request.lyceeName,
      formationIds: request.formationIds,
      originAvis: request.originAvis
    };
    if (!kept) {
      batch.set(doc(db, COLLECTIONS.applications, applicationId(keep.id, request.domainId)), {
        campaignId: request.campaignId,
        pupilId: keep.id,
        pupil: identityOf(keep),
        collegeUai: request.collegeUai,
        collegeName: request.collegeName,
        domainId: request.domainId,
        domainLabel: request.domainLabel,
        ...choice,
        status: 'registered',
        withdrawal: null,
        slotId: null,
        twinOf: null,
        ...created(uid)
      });
    } else if (!isLive(kept)) {
      batch.update(doc(db, COLLECTIONS.applications, kept.id), {
        ...choice,
        status: 'registered',
        withdrawal: null,
        ...authored(uid)
      });
    }
    if (!kept || !isLive(kept)) {
      batch.update(doc(db, COLLECTIONS.pupils, keep.id), {
        liveDomainIds: arrayUnion(request.domainId),
        ...authored(uid)
      });
    }
    batch.update(doc(db, COLLECTIONS.applications, request.id), {
      status: 'withdrawn',
      withdrawal: {
        at: serverTimestamp(),
        by: uid,
        reason: 'Élève inscrit deux fois : demande reprise par l’autre inscription.'
      },
      ...authored(uid)
    });
    batch.update(doc(db, COLLECTIONS.pupils, duplicate.id), {
      liveDomainIds: arrayRemove(request.domainId),
      ...authored(uid)
    });
    await batch.commit();
  }
  await deleteDoc(doc(db, COLLECTIONS.pupils, duplicate.id));
}

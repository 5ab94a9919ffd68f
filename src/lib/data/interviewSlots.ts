import {
  arrayRemove,
  arrayUnion,
  collection,
  deleteDoc,
  doc,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
  writeBatch,
  type Firestore,
  type Query
} from 'firebase/firestore';
import { FirebaseError } from 'firebase/app';
import { COLLECTIONS, interviewSlot, type InterviewSlot, type SlotFields } from '$shared';
import { db } from '$lib/firebase/app';
import { liveQuery } from '$lib/live/liveQuery';
import type { Live } from '$lib/live/live';
import { applicationsOfCampaign } from './applications';
import { schemaConverter, type WithId } from './converter';
import { formationsOfCampaign } from './formations';

const converter = schemaConverter(COLLECTIONS.interviewSlots, interviewSlot);

/** The slots of one lycée in a campaign (equality only: no composite index needed). */
export function slotsOfLycee(firestore: Firestore, campaignId: string, lyceeUai: string): Query<WithId<InterviewSlot>> {
  return query(
    collection(firestore, COLLECTIONS.interviewSlots).withConverter(converter),
    where('campaignId', '==', campaignId),
    where('lyceeUai', '==', lyceeUai)
  );
}

/** The lycée's slots, live: two members of its staff see each other's planning. */
export function liveSlots(campaignId: string, lyceeUai: string): Live<WithId<InterviewSlot>[]> {
  return liveQuery(slotsOfLycee(db, campaignId, lyceeUai));
}

const stamp = (uid: string) => ({ updatedAt: serverTimestamp(), updatedBy: uid });

/** Plans a new, empty slot (fields from the parsed planning form). */
export async function createSlot(
  fields: SlotFields,
  owner: { campaignId: string; lyceeUai: string; uid: string }
): Promise<void> {
  const ref = doc(collection(db, COLLECTIONS.interviewSlots));
  await setDoc(ref, {
    ...fields,
    campaignId: owner.campaignId,
    lyceeUai: owner.lyceeUai,
    applicationIds: [],
    createdAt: serverTimestamp(),
    createdBy: owner.uid,
    ...stamp(owner.uid)
  });
}

/** Edits, re-times or moves a slot; its requests' convocations follow (a function rebuilds them). */
export async function updateSlot(slotId: string, fields: Partial<SlotFields>, uid: string): Promise<void> {
  await updateDoc(doc(db, COLLECTIONS.interviewSlots, slotId), { ...fields, ...stamp(uid) });
}

/** Deletes an empty slot that has not started. */
export async function deleteSlot(slotId: string): Promise<void> {
  await deleteDoc(doc(db, COLLECTIONS.interviewSlots, slotId));
}

/**
 * Places a request in a slot, moves it to another, or takes it out (slotId null): the request and
 * the slot(s) in one batch, which the rules check side by side (one fact for an assignment).
 */
export async function assignApplication(
  applicationId: string,
  from: string | null,
  to: string | null,
  uid: string
): Promise<void> {
  const batch = writeBatch(db);
  batch.update(doc(db, COLLECTIONS.applications, applicationId), {
    slotId: to,
    status: to ? 'convoked' : 'registered',
    ...stamp(uid)
  });
  if (from)
    batch.update(doc(db, COLLECTIONS.interviewSlots, from), {
      applicationIds: arrayRemove(applicationId),
      ...stamp(uid)
    });
  if (to)
    batch.update(doc(db, COLLECTIONS.interviewSlots, to), { applicationIds: arrayUnion(applicationId), ...stamp(uid) });
  await batch.commit();
}

/** What a refused assignment means for the person who tried (another may have taken the seat). */
export function assignmentFailure(error: unknown): string {
  if (error instanceof FirebaseError && error.code === 'permission-denied') {
    return 'Cette convocation a été refusée : le créneau vient peut-être d’être complété par un collègue, a commencé, ou ne correspond pas à la demande (domaine, modalité). Le planning affiché est à jour : choisissez un autre créneau.';
  }
  return 'La convocation n’a pas pu être enregistrée. Vérifiez votre connexion puis réessayez.';
}

/** The requests addressed to the lycée in a campaign, live (read through F1's applications module). */
export function liveRequests(campaignId: string, lyceeUai: string) {
  return liveQuery(applicationsOfCampaign(db, campaignId, { lyceeUai }));
}

/** The lycée's formations of the campaign, live: their domains and interview formats frame the planning. */
export function liveLyceeFormations(campaignId: string, lyceeUai: string) {
  return liveQuery(formationsOfCampaign(db, campaignId, lyceeUai));
}

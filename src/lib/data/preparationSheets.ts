import { collection, doc, query, serverTimestamp, setDoc, updateDoc, where } from 'firebase/firestore';
import {
  COLLECTIONS,
  preparationSheet,
  preparationSheetId,
  preparationSheetInput,
  type Application,
  type PreparationSheet,
  type PreparationSheetInput
} from '$shared';
import { db } from '$lib/firebase/app';
import { liveDoc } from '$lib/live/liveDoc';
import { liveQuery } from '$lib/live/liveQuery';
import type { Live } from '$lib/live/live';
import { schemaConverter, type WithId } from './converter';

const converter = schemaConverter(COLLECTIONS.preparationSheets, preparationSheet);

/** A preparation sheet, live; null while loading or not yet written. */
export function livePreparationSheet(
  applicationId: string,
  formationId: string
): Live<WithId<PreparationSheet> | null> {
  return liveDoc(
    doc(
      collection(db, COLLECTIONS.preparationSheets).withConverter(converter),
      preparationSheetId(applicationId, formationId)
    )
  );
}

/**
 * Saves the answers of a sheet: creates it the first time (not shared with the lycée), then
 * updates the answers only, as the rules require.
 */
export async function savePreparationSheet(
  application: WithId<Application>,
  formationId: string,
  answers: PreparationSheetInput,
  exists: boolean,
  uid: string
): Promise<void> {
  const parsed = preparationSheetInput.parse(answers);
  const ref = doc(db, COLLECTIONS.preparationSheets, preparationSheetId(application.id, formationId));
  const authored = { updatedAt: serverTimestamp(), updatedBy: uid };
  if (exists) {
    await updateDoc(ref, { ...parsed, ...authored });
    return;
  }
  await setDoc(ref, {
    campaignId: application.campaignId,
    applicationId: application.id,
    formationId,
    collegeUai: application.collegeUai,
    lyceeUai: application.lyceeUai,
    ...parsed,
    sharedAt: null,
    ...authored
  });
}

/** Marks a sheet shared: from then on the lycée that holds the interview may read it. */
export async function sharePreparationSheet(applicationId: string, formationId: string, uid: string): Promise<void> {
  await updateDoc(doc(db, COLLECTIONS.preparationSheets, preparationSheetId(applicationId, formationId)), {
    sharedAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    updatedBy: uid
  });
}

/**
 * The sheets the collèges shared for a lycée's interviews in a campaign, live. The sharedAt filter
 * is what the rules require of the lycée's query (unshared sheets stay the collège's).
 */
export function liveSharedSheetsOfLycee(campaignId: string, lyceeUai: string): Live<WithId<PreparationSheet>[]> {
  return liveQuery(
    query(
      collection(db, COLLECTIONS.preparationSheets).withConverter(converter),
      where('campaignId', '==', campaignId),
      where('lyceeUai', '==', lyceeUai),
      where('sharedAt', '!=', null)
    )
  );
}

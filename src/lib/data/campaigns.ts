import { collection, doc, setDoc, type CollectionReference, type Firestore } from 'firebase/firestore';
import { campaign, COLLECTIONS, type Campaign } from '$shared';
import { db } from '$lib/firebase/app';
import { liveQuery } from '$lib/live/liveQuery';
import type { Live } from '$lib/live/live';
import { schemaConverter, type WithId } from './converter';

const converter = schemaConverter(COLLECTIONS.campaigns, campaign);

/** campaigns/, read through the shared schema. */
export function campaignsRef(firestore: Firestore): CollectionReference<WithId<Campaign>> {
  return collection(firestore, COLLECTIONS.campaigns).withConverter(converter);
}

/** The campaign with the highest id (ids are years of rentrée), or null. */
export const latestCampaign = (campaigns: WithId<Campaign>[]) =>
  campaigns.reduce<WithId<Campaign> | null>((latest, c) => (latest && latest.id > c.id ? latest : c), null);

/**
 * The current campaign, null before the first. The collection holds one document a year, so it is
 * read whole: the Firestore emulator refuses `orderBy(documentId(), 'desc')` ("descending key scans").
 */
export function liveCurrentCampaign(): Live<WithId<Campaign> | null> {
  return liveQuery(campaignsRef(db), latestCampaign);
}

/**
 * Creates or rewrites a campaign's calendar. The académie alone may: the rules check the role and
 * that the dates follow the procedure's order, as the shared schema does here.
 */
export async function saveCampaign(value: Campaign): Promise<void> {
  await setDoc(doc(campaignsRef(db), value.id), { ...value, id: value.id });
}

import { collection, query, where, type CollectionReference, type Firestore, type Query } from 'firebase/firestore';
import { COLLECTIONS, pupil, type Pupil } from '$shared';
import { db } from '$lib/firebase/app';
import { liveCount, polledCount } from '$lib/live/liveCount';
import type { Live } from '$lib/live/live';
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

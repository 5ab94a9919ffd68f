import { collection, query, where, type CollectionReference, type Firestore, type Query } from 'firebase/firestore';
import { COLLECTIONS, formation, type Formation } from '$shared';
import { db } from '$lib/firebase/app';
import { liveCount, polledCount } from '$lib/live/liveCount';
import { liveQuery } from '$lib/live/liveQuery';
import type { Live } from '$lib/live/live';
import { schemaConverter, type WithId } from './converter';

const converter = schemaConverter(COLLECTIONS.formations, formation);

/** formations/, read through the shared schema. */
export function formationsRef(firestore: Firestore): CollectionReference<WithId<Formation>> {
  return collection(firestore, COLLECTIONS.formations).withConverter(converter);
}

/** A campaign's catalogue, académie-wide or at one lycée. */
export function formationsOfCampaign(
  firestore: Firestore,
  campaignId: string,
  lyceeUai?: string
): Query<WithId<Formation>> {
  const ofCampaign = query(formationsRef(firestore), where('campaignId', '==', campaignId));
  return lyceeUai ? query(ofCampaign, where('uai', '==', lyceeUai)) : ofCampaign;
}

/** How many formations a campaign's catalogue offers, académie-wide or at one lycée. */
export function liveFormationCount(campaignId: string, lyceeUai?: string): Live<number | null> {
  const formations = formationsOfCampaign(db, campaignId, lyceeUai);
  return lyceeUai ? liveCount(formations) : polledCount(formations);
}

/** A lycée's formations of a campaign whose texts for pupils are all still empty, kept live. */
export function liveFormationsWithoutTexts(campaignId: string, lyceeUai: string): Live<WithId<Formation>[]> {
  return liveQuery(formationsOfCampaign(db, campaignId, lyceeUai), (formations) =>
    formations.filter(({ texts }) => !texts.attendus && !texts.metiers && !texts.conditions)
  );
}

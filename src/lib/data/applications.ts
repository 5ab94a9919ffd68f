import { collection, query, where, type CollectionReference, type Firestore, type Query } from 'firebase/firestore';
import { application, COLLECTIONS, type Application } from '$shared';
import { db } from '$lib/firebase/app';
import { liveCount, polledCount } from '$lib/live/liveCount';
import type { Live } from '$lib/live/live';
import { schemaConverter, type WithId } from './converter';

const converter = schemaConverter(COLLECTIONS.applications, application);

/** applications/, read through the shared schema. */
export function applicationsRef(firestore: Firestore): CollectionReference<WithId<Application>> {
  return collection(firestore, COLLECTIONS.applications).withConverter(converter);
}

/** Whose applications: the whole académie's, those a collège made, or those a lycée received. */
export type ApplicationScope = { collegeUai: string } | { lyceeUai: string } | null;

/** The applications (interview requests) of a campaign within `scope`. */
export function applicationsOfCampaign(
  firestore: Firestore,
  campaignId: string,
  scope: ApplicationScope
): Query<WithId<Application>> {
  const ofCampaign = query(applicationsRef(firestore), where('campaignId', '==', campaignId));
  if (scope === null) return ofCampaign;
  return 'collegeUai' in scope
    ? query(ofCampaign, where('collegeUai', '==', scope.collegeUai))
    : query(ofCampaign, where('lyceeUai', '==', scope.lyceeUai));
}

/** How many applications a campaign holds within `scope`: live for one établissement, polled académie-wide. */
export function liveApplicationCount(campaignId: string, scope: ApplicationScope): Live<number | null> {
  const applications = applicationsOfCampaign(db, campaignId, scope);
  return scope ? liveCount(applications) : polledCount(applications);
}

import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { FUNCTIONS_REGION } from '../config.js';
import { COLLECTIONS, isLive, type ApplicationStatus } from '../shared/index.js';
import { flagApplicationTwin as flagTwin } from '../services/twinFlags.js';

/**
 * A request that becomes live (created, or reactivated) is checked against the requests of its
 * pupil's suspected twins in the same domain: the domain-uniqueness backstop across duplicate pupils.
 */
export const flagApplicationTwin = onDocumentWritten(
  { document: `${COLLECTIONS.applications}/{applicationId}`, region: FUNCTIONS_REGION },
  async (event) => {
    const liveIn = (data: { status?: ApplicationStatus } | undefined) =>
      data !== undefined && isLive({ status: data.status! });
    if (liveIn(event.data?.after.data()) && !liveIn(event.data?.before.data())) {
      await flagTwin(event.params.applicationId);
    }
  }
);

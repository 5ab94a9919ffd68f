import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { appUrl, FUNCTIONS_REGION } from '../config.js';
import { COLLECTIONS } from '../shared/index.js';
import { rebuildConvocation } from '../services/convocations.js';

/**
 * A request's assignment (slotId) or status changed: rebuild its convocation from the current
 * documents. Other edits (avis, formations) leave the convocation as it is.
 */
export const convocationOnApplication = onDocumentWritten(
  { document: `${COLLECTIONS.applications}/{applicationId}`, region: FUNCTIONS_REGION },
  async (event) => {
    const before = event.data?.before.data();
    const after = event.data?.after.data();
    // Never placed on either side: no convocation exists or is due (unplacing happens in an event
    // whose before side holds the slot). Returning early keeps bulk writes (the seed, imports) cheap.
    if (!before?.slotId && !after?.slotId) return;
    if (before?.slotId === after?.slotId && before?.status === after?.status) return;
    await rebuildConvocation(event.params.applicationId, appUrl());
  }
);

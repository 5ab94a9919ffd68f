import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { FUNCTIONS_REGION } from '../config.js';
import { COLLECTIONS } from '../shared/index.js';
import { clearTwinLinks, flagPupilTwin as flagTwin } from '../services/twinFlags.js';

/**
 * A new pupil is checked against the collège's other pupils (suspected twin, and his requests in
 * the twin's domains); when the head confirms a twin is another child, the links between their
 * requests are cleared. Both steps are idempotent (services/twinFlags.ts).
 */
export const flagPupilTwin = onDocumentWritten(
  { document: `${COLLECTIONS.pupils}/{pupilId}`, region: FUNCTIONS_REGION },
  async (event) => {
    const before = event.data?.before.data();
    const after = event.data?.after.data();
    if (!after) return;
    if (!before) await flagTwin(event.params.pupilId);
    else if (after.twin?.state === 'distinct' && before.twin?.state !== 'distinct') {
      await clearTwinLinks(event.params.pupilId, after.twin.pupilId);
    }
  }
);

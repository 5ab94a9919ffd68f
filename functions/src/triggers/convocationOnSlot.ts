import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { appUrl, FUNCTIONS_REGION } from '../config.js';
import { COLLECTIONS } from '../shared/index.js';
import { rebuildConvocation } from '../services/convocations.js';

/**
 * A slot was moved, re-timed, edited or deleted, or its list changed: rebuild the convocation of
 * every request it held before or holds now (the rebuild decides whether that is a new version).
 */
export const convocationOnSlot = onDocumentWritten(
  { document: `${COLLECTIONS.interviewSlots}/{slotId}`, region: FUNCTIONS_REGION },
  async (event) => {
    const ids = new Set<string>([
      ...((event.data?.before.get('applicationIds') as string[] | undefined) ?? []),
      ...((event.data?.after.get('applicationIds') as string[] | undefined) ?? [])
    ]);
    const url = appUrl();
    for (const id of ids) await rebuildConvocation(id, url);
  }
);

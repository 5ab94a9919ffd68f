import { onDocumentUpdated } from 'firebase-functions/v2/firestore';
import { FUNCTIONS_REGION } from '../config.js';
import { COLLECTIONS } from '../shared/index.js';
import { notifyWithdrawal, releaseSeat } from '../services/withdrawal.js';

/**
 * A request withdrawn by the collège frees its seat in the lycée's slot and notifies the lycée's
 * staff. No mail here: the convocation trigger sees the change and sends the one cancellation.
 */
export const releaseWithdrawnSeat = onDocumentUpdated(
  { document: `${COLLECTIONS.applications}/{applicationId}`, region: FUNCTIONS_REGION },
  async (event) => {
    const before = event.data?.before.data();
    const after = event.data?.after.data();
    if (after?.status !== 'withdrawn' || before?.status === 'withdrawn') return;
    await releaseSeat(event.params.applicationId);
    await notifyWithdrawal(event.params.applicationId);
  }
);

import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { FUNCTIONS_REGION } from '../config.js';
import { COLLECTIONS } from '../shared/index.js';
import { refreshOverlapWarnings } from '../services/overlapWarnings.js';

/** What a clash depends on: when, where, and whether the convocation still stands. */
const CLASH_FIELDS = ['state', 'startsAt', 'endsAt', 'mode', 'lyceeUai'] as const;

/**
 * A convocation was built, moved or cancelled: warn (or stop warning) every request of its pupil
 * whose interview clashes with another of his, from the current documents. Delivery updates (the
 * mail sent, in error) change none of CLASH_FIELDS and return at once.
 */
export const overlapOnConvocation = onDocumentWritten(
  { document: `${COLLECTIONS.convocations}/{applicationId}`, region: FUNCTIONS_REGION },
  async (event) => {
    const before = event.data?.before;
    const after = event.data?.after;
    const same = (field: string) => {
      const [b, a] = [before?.get(field), after?.get(field)];
      return b?.isEqual ? b.isEqual(a) : b === a;
    };
    if (before?.exists && after?.exists && CLASH_FIELDS.every(same)) return;
    await refreshOverlapWarnings(event.params.applicationId);
  }
);

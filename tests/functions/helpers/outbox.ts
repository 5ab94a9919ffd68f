import type { DocumentReference } from 'firebase-admin/firestore';
import { mailDelivery, type MailDelivery } from '$shared';
import { waitFor } from '../../support/waitFor';

const FINAL_STATES: unknown[] = ['sent', 'error'];

/**
 * Resolves with the delivery record of the mail at `ref`, validated by the shared schema, once it
 * has reached a final state (sent or error). Only the record is parsed: rejected mails are invalid.
 */
export async function waitForFinalDelivery(ref: DocumentReference): Promise<MailDelivery> {
  const data = await waitFor(
    async () => (await ref.get()).data(),
    (data) => FINAL_STATES.includes(data?.delivery?.state),
    // The trigger's first run loads the functions' code: more than 15 s on a busy machine.
    { what: `a final delivery state on ${ref.path}`, timeoutMs: 25_000 }
  );
  return mailDelivery.parse(data?.delivery);
}

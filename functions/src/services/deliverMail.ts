import type { DocumentReference } from 'firebase-admin/firestore';
import { db } from '../admin.js';
import * as logs from '../logs.js';
import { COLLECTIONS, type MailDelivery } from '../shared/index.js';
import {
  convocationDelivery,
  describeSendError,
  failedDelivery,
  planDelivery,
  sendWithRetries,
  sentDelivery,
  type DeliveryPlan
} from './mailDelivery.js';
import type { MailTransport } from './smtp.js';

export type DeliveryOutcome = 'sent' | 'failed' | 'rejected' | 'skipped';

/**
 * Sends the mail document at `ref` at most once per claim: the claim is decided in a transaction, so
 * concurrent or re-delivered calls for one mail end with one send and the others skipped. The
 * transport is opened only after the claim, so a bad SMTP configuration is recorded on the mail.
 * Transient failures (SMTP 4xx, network) are retried with backoff within the claim's lease.
 */
export async function deliverMail(
  ref: DocumentReference,
  openTransport: () => MailTransport
): Promise<DeliveryOutcome> {
  const plan = await db.runTransaction(async (transaction): Promise<DeliveryPlan> => {
    const snapshot = await transaction.get(ref);
    const plan = planDelivery(snapshot.data(), new Date());
    if (plan.action !== 'skip') transaction.update(ref, { delivery: plan.delivery });
    return plan;
  });

  switch (plan.action) {
    case 'skip':
      logs.mailSkipped(ref.id, plan.reason);
      return 'skipped';
    case 'reject':
      logs.mailRejected(ref.id, plan.reason);
      return 'rejected';
    case 'send':
      break;
  }

  const attempt = plan.delivery.attempts;
  logs.mailClaimed(ref.id, attempt);
  const { to, subject, text, html, attachments, convocationId } = plan.mail;
  const result = await sendWithRetries(
    () => openTransport().send({ to, subject, text, html, attachments }),
    async (tries, error) => {
      const reason = describeSendError(error);
      logs.mailRetrying(ref.id, attempt, tries, reason);
      await ref.update({ 'delivery.error': reason });
    }
  );
  if (!result.ok) {
    const reason = describeSendError(result.error);
    const delivery = failedDelivery(plan.delivery, reason);
    await ref.update({ delivery });
    await mirrorOnConvocation(ref.id, convocationId, delivery);
    logs.mailFailed(ref.id, attempt, reason);
    return 'failed';
  }
  // Outside the send's try: a failure to record a sent mail must not mark it as failed (a retry would send it twice).
  const delivery = sentDelivery(plan.delivery, result.value.messageId, new Date());
  await ref.update({ delivery });
  await mirrorOnConvocation(ref.id, convocationId, delivery);
  logs.mailSent(ref.id, attempt);
  return 'sent';
}

/**
 * Shows the delivery of a convocation's mail on the private convocation, which the lycée and the
 * collège read (they cannot read mail/). Only while the convocation still points to this mail.
 */
async function mirrorOnConvocation(mailId: string, convocationId: string | undefined, delivery: MailDelivery) {
  if (!convocationId) return;
  const convocationRef = db.collection(COLLECTIONS.convocations).doc(convocationId);
  await db.runTransaction(async (transaction) => {
    const snapshot = await transaction.get(convocationRef);
    if (snapshot.get('delivery.mailId') !== mailId) return;
    transaction.update(convocationRef, { delivery: convocationDelivery(mailId, delivery) });
  });
}

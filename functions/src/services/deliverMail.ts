import type { DocumentReference } from 'firebase-admin/firestore';
import { db } from '../admin.js';
import * as logs from '../logs.js';
import { describeSendError, failedDelivery, planDelivery, sentDelivery, type DeliveryPlan } from './mailDelivery.js';
import type { MailTransport } from './smtp.js';

export type DeliveryOutcome = 'sent' | 'failed' | 'rejected' | 'skipped';

/**
 * Sends the mail document at `ref` at most once per claim: the claim is decided in a transaction, so
 * concurrent or re-delivered calls for one mail end with one send and the others skipped. The
 * transport is opened only after the claim, so a bad SMTP configuration is recorded on the mail.
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
  const { to, subject, text, html } = plan.mail;
  let messageId: string;
  try {
    ({ messageId } = await openTransport().send({ to, subject, text, html }));
  } catch (error) {
    const reason = describeSendError(error);
    await ref.update({ delivery: failedDelivery(plan.delivery, reason) });
    logs.mailFailed(ref.id, attempt, reason);
    return 'failed';
  }
  // Outside the try: a failure to record a sent mail must not mark it as failed (a retry would send it twice).
  await ref.update({ delivery: sentDelivery(plan.delivery, messageId, new Date()) });
  logs.mailSent(ref.id, attempt);
  return 'sent';
}

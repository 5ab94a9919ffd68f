import {
  frenchIssues,
  inFrench,
  type MailDelivery,
  mailDelivery,
  mailDocument,
  type MailDocument
} from '../shared/index.js';

/**
 * The outbox state machine, without I/O: pending → processing (leased) → sent | error. The sendMail
 * trigger runs `planDelivery` inside a Firestore transaction, so of two deliveries of the same event
 * only one finds the mail claimable.
 */

/** The sendMail trigger's timeout: a send that takes longer is killed by the runtime. */
export const SEND_TIMEOUT_SECONDS = 60;

/**
 * How long a claim holds a mail. Longer than SEND_TIMEOUT_SECONDS, so once a lease has expired its
 * holder is certainly dead and taking the mail over cannot send it twice concurrently.
 */
export const LEASE_MS = 2 * SEND_TIMEOUT_SECONDS * 1000;

/** The delivery record of a mail nobody has tried to send yet. */
export function pendingDelivery(): MailDelivery {
  return { state: 'pending', attempts: 0, leaseExpiresAt: null, sentAt: null, messageId: null, error: null };
}

export type SkipReason = 'missing' | 'sent' | 'error' | 'leased';
export type ClaimDecision = { claim: true } | { claim: false; reason: SkipReason };

/** Whether the mail whose delivery record is `delivery` may be claimed for sending at `now`. */
export function decideClaim(delivery: MailDelivery, now: Date): ClaimDecision {
  switch (delivery.state) {
    case 'pending':
      return { claim: true };
    case 'processing':
      // A live lease means another instance is sending right now (a re-delivered event).
      return delivery.leaseExpiresAt && delivery.leaseExpiresAt > now
        ? { claim: false, reason: 'leased' }
        : { claim: true };
    case 'sent':
    case 'error':
      // Final states: an error is retried only when someone puts the mail back to pending.
      return { claim: false, reason: delivery.state };
  }
}

export type DeliveryPlan =
  | { action: 'skip'; reason: SkipReason }
  | { action: 'reject'; delivery: MailDelivery; reason: string }
  | { action: 'send'; delivery: MailDelivery; mail: MailDocument };

/**
 * What to do with the mail document `data` (as read from Firestore, undefined when it was deleted)
 * at `now`, and the delivery record to write in the same transaction. A document written without
 * `delivery` is pending; a document that fails the shared schema is rejected, never sent.
 */
export function planDelivery(data: Record<string, unknown> | undefined, now: Date): DeliveryPlan {
  if (!data) return { action: 'skip', reason: 'missing' };

  let current = pendingDelivery();
  if (data.delivery !== undefined) {
    const delivery = mailDelivery.safeParse(data.delivery, inFrench);
    if (!delivery.success) {
      return reject(current, `Suivi d'envoi illisible, courriel non envoyé. ${frenchIssues(delivery.error).join(' ')}`);
    }
    current = delivery.data;
  }

  const decision = decideClaim(current, now);
  if (!decision.claim) return { action: 'skip', reason: decision.reason };

  const mail = mailDocument.safeParse({ ...data, delivery: current }, inFrench);
  if (!mail.success) {
    return reject(current, `Courriel invalide, non envoyé. ${frenchIssues(mail.error, MAIL_FIELD_LABELS).join(' ')}`);
  }
  return {
    action: 'send',
    mail: mail.data,
    delivery: {
      ...current,
      state: 'processing',
      attempts: current.attempts + 1,
      leaseExpiresAt: new Date(now.getTime() + LEASE_MS),
      error: null
    }
  };
}

function reject(delivery: MailDelivery, reason: string): DeliveryPlan {
  return { action: 'reject', reason, delivery: { ...delivery, state: 'error', leaseExpiresAt: null, error: reason } };
}

/** French labels of the mail fields, for rejection reasons read by the académie. */
const MAIL_FIELD_LABELS: Record<string, string> = {
  kind: 'type de courriel',
  to: 'destinataires',
  subject: 'objet',
  text: 'texte',
  html: 'version HTML',
  createdAt: 'date de création',
  ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`to.${i}`, `destinataire n° ${i + 1}`]))
};

/** The delivery record of a claimed mail once the SMTP server has accepted it. */
export function sentDelivery(claimed: MailDelivery, messageId: string, now: Date): MailDelivery {
  return { ...claimed, state: 'sent', leaseExpiresAt: null, sentAt: now, messageId, error: null };
}

/** The delivery of a convocation's mail as the convocation shows it to the lycée and the collège. */
export const convocationDelivery = (mailId: string, delivery: MailDelivery) => ({
  state: delivery.state === 'sent' ? ('sent' as const) : ('error' as const),
  mailId,
  error: delivery.error
});

/** The delivery record of a claimed mail the SMTP server did not take. */
export function failedDelivery(claimed: MailDelivery, reason: string): MailDelivery {
  return { ...claimed, state: 'error', leaseExpiresAt: null, error: reason };
}

/**
 * Whether a write to a mail document asks for a delivery: its creation, or its delivery put back
 * to pending (a retry). The trigger also fires on its own writes; those are ignored here.
 */
export function isDeliveryRequest(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined
): boolean {
  if (!after) return false;
  if (!before) return true;
  return stateOf(after) === 'pending' && stateOf(before) !== 'pending';
}

function stateOf(data: Record<string, unknown>): unknown {
  const delivery = data.delivery as { state?: unknown } | undefined;
  return delivery === undefined ? 'pending' : delivery?.state;
}

const MAX_REASON_LENGTH = 500;

/**
 * A reason for a failed send, fit to store and log: the error's code and message with every
 * e-mail address masked (SMTP servers quote rejected recipients), cut to a bounded length.
 */
export function describeSendError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const masked = message.replace(/[^\s<>"'(),;:@]+@[^\s<>"'(),;:@]+/g, '[adresse masquée]');
  const reason = `Échec de l'envoi${typeof code === 'string' ? ` (${code})` : ''} : ${masked}`;
  return reason.length > MAX_REASON_LENGTH ? `${reason.slice(0, MAX_REASON_LENGTH - 1)}…` : reason;
}

/** Sends per claim: the first and two retries of a transient failure. */
export const MAX_SEND_TRIES = 3;

/** Network-level failures of nodemailer and Node: the server may well answer a moment later. */
const TRANSIENT_CODES = ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE'];

/**
 * Whether a send error is worth retrying: an SMTP 4xx reply (greylisting, mailbox busy, too many
 * connections) or the network; a 5xx reply or a bad message/authentication is final.
 */
export function isTransientSendError(error: unknown): boolean {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  if (typeof responseCode === 'number') return responseCode >= 400 && responseCode < 500;
  return typeof code === 'string' && TRANSIENT_CODES.includes(code);
}

/** The wait before retry n (1, 2…): 2 s then 8 s, short enough to fit in one trigger run. */
export const retryDelayMs = (retry: number) => 2000 * 4 ** (retry - 1);

/**
 * Calls `send` until it succeeds, fails for good or MAX_SEND_TRIES is reached, waiting
 * retryDelayMs between tries; `onRetry` records each transient failure before the wait.
 */
export async function sendWithRetries<T>(
  send: () => Promise<T>,
  onRetry: (tries: number, error: unknown) => Promise<void>,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
): Promise<{ ok: true; value: T; tries: number } | { ok: false; error: unknown; tries: number }> {
  for (let tries = 1; ; tries += 1) {
    try {
      return { ok: true, value: await send(), tries };
    } catch (error) {
      if (tries >= MAX_SEND_TRIES || !isTransientSendError(error)) return { ok: false, error, tries };
      await onRetry(tries, error);
      await sleep(retryDelayMs(tries));
    }
  }
}

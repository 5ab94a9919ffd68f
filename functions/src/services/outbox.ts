import { FieldValue } from 'firebase-admin/firestore';
import { db } from '../admin.js';
import * as logs from '../logs.js';
import { COLLECTIONS, mailRequest, type MailRequest } from '../shared/index.js';
import { pendingDelivery } from './mailDelivery.js';

/** gRPC status of a create() on an existing document. */
const ALREADY_EXISTS = 6;

/**
 * Puts a mail in the outbox (mail/); the sendMail trigger delivers it. With an `id`, the mail is
 * enqueued once however many times the caller runs (triggers are at-least-once): a second call
 * leaves the first document as it is. Returns the mail id.
 */
export async function enqueueMail(request: MailRequest, options: { id?: string } = {}): Promise<string> {
  const { html, ...mail } = mailRequest.parse(request);
  // Firestore refuses undefined values: leave html out rather than write it empty.
  const data = {
    ...mail,
    ...(html === undefined ? {} : { html }),
    createdAt: FieldValue.serverTimestamp(),
    delivery: pendingDelivery()
  };
  const outbox = db.collection(COLLECTIONS.mail);

  if (options.id === undefined) {
    const ref = await outbox.add(data);
    logs.mailEnqueued(ref.id, mail.kind);
    return ref.id;
  }
  try {
    await outbox.doc(options.id).create(data);
    logs.mailEnqueued(options.id, mail.kind);
  } catch (error) {
    if ((error as { code?: unknown }).code !== ALREADY_EXISTS) throw error;
    logs.mailAlreadyEnqueued(options.id);
  }
  return options.id;
}

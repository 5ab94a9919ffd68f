import { z } from 'zod';
import { email, instant, text } from './primitives.js';

/**
 * mail/{mailId}: the outbox. Every mail of PASSPRO is a document here, written by a function,
 * sent once by the sendMail trigger, which records the delivery state back on the document.
 */
export const MAIL_KINDS = ['test', 'convocation', 'convocation_update', 'convocation_cancellation', 'account'] as const;
export const MAIL_STATES = ['pending', 'processing', 'sent', 'error'] as const;
export type MailState = (typeof MAIL_STATES)[number];

/** What a sender writes. */
export const mailRequest = z.object({
  kind: z.enum(MAIL_KINDS),
  to: z.array(email).min(1).max(10),
  subject: text(200),
  text: text(20000),
  html: z.string().max(100000).optional(),
  /** Text attachments (a convocation's .ics). */
  attachments: z
    .array(z.object({ filename: text(100), contentType: text(100), content: z.string().max(100000) }))
    .max(3)
    .optional(),
  /** The convocation (application id) this mail carries: its delivery state is mirrored there. */
  convocationId: z.string().optional()
});
export type MailRequest = z.infer<typeof mailRequest>;

/** The delivery record the trigger maintains. */
export const mailDelivery = z.object({
  state: z.enum(MAIL_STATES),
  attempts: z.number().int().min(0),
  leaseExpiresAt: instant.nullable(),
  sentAt: instant.nullable(),
  messageId: z.string().nullable(),
  error: z.string().nullable()
});
export type MailDelivery = z.infer<typeof mailDelivery>;

export const mailDocument = mailRequest.extend({
  createdAt: instant,
  delivery: mailDelivery
});
export type MailDocument = z.infer<typeof mailDocument>;

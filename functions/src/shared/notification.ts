import { z } from 'zod';
import { instant, text } from './primitives.js';

/** notifications/{id}: an in-app notice for one user (e.g. a referent's new convocation). */
export const notification = z.object({
  recipientUid: z.string(),
  kind: z.enum(['convocation', 'convocation_update', 'report', 'account', 'withdrawal']),
  title: text(120),
  body: text(500),
  link: z.string().startsWith('/').max(200),
  createdAt: instant,
  readAt: instant.nullable().default(null)
});
export type Notification = z.infer<typeof notification>;

import { z } from 'zod';
import { instant } from './primitives.js';
import { role } from './roles.js';

/**
 * auditLog/{id}: who did what to which document, written by functions only. Holds paths and
 * field names, never personal data (a pupil appears by document id alone).
 */
export const auditEntry = z.object({
  at: instant,
  actorUid: z.string().nullable(),
  actorRole: role.nullable(),
  action: z.string().max(60),
  target: z.string().max(300),
  campaignId: z.string().nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({})
});
export type AuditEntry = z.infer<typeof auditEntry>;

import { z } from 'zod';
import { instant } from './primitives.js';
import { role } from './roles.js';

/**
 * auditLog/{id}: who did what to which document, written by functions only. Holds paths, field
 * names and enum values, never personal data (a pupil appears by document id alone, a comment or
 * a withdrawal reason never).
 */
export const auditEntry = z.object({
  at: instant,
  actorUid: z.string().nullable(),
  actorRole: role.nullable(),
  action: z.string().max(60),
  target: z.string().max(300),
  campaignId: z.string().nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).default({})
});
export type AuditEntry = z.infer<typeof auditEntry>;

/** The audited changes of the procedure (account actions are named where they happen). */
export const AUDIT_ACTIONS = {
  /** The collège head's avis on a requested formation (applications.originAvis[f].avis). */
  originAvis: 'avis.college',
  /** The lycée's avis on a requested formation after the interview (interviewReports.avisByFormation[f]). */
  reportAvis: 'avis.lycee',
  /** The lycée's avis on a formation the pupil did not request (interviewReports.extraFormation.avis). */
  extraAvis: 'avis.lycee.extra',
  /** A request withdrawn (status → withdrawn) or made live again (withdrawn → registered). */
  withdrawal: 'application.withdraw',
  reactivation: 'application.reactivate'
} as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[keyof typeof AUDIT_ACTIONS];

/**
 * The details of an audited enum change: which formation (an id, not personal data) and the old
 * and new values (null: absent). Nothing else may go in.
 */
export const enumChange = z.object({
  formationId: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable()
});
export type EnumChange = z.infer<typeof enumChange>;

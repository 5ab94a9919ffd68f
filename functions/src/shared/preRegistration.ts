import { z } from 'zod';
import { departement, email, instant, optionalText, text } from './primitives.js';

/**
 * preRegistrations/{id}: a school outside the public network (CFA, private out of contract)
 * asking to take part, through the public form. Reviewed by the académie.
 */
export const PRE_REGISTRATION_KINDS = ['cfa', 'prive_hors_contrat'] as const;

export const preRegistrationForm = z.object({
  schoolKind: z.enum(PRE_REGISTRATION_KINDS, { error: 'type d’établissement inconnu' }),
  schoolName: text(120),
  uai: z.string().trim().max(8).default(''),
  departement,
  city: text(80),
  contactName: text(100),
  contactEmail: email,
  pupilsCount: z.number().int().min(1).max(500),
  message: optionalText(2000)
});
export type PreRegistrationForm = z.infer<typeof preRegistrationForm>;

export const preRegistration = preRegistrationForm.extend({
  campaignId: z.string(),
  status: z.enum(['pending', 'accepted', 'rejected']),
  createdAt: instant,
  reviewedBy: z.string().nullable().default(null)
});
export type PreRegistration = z.infer<typeof preRegistration>;

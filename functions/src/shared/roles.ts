import { z } from 'zod';
import { uai } from './uai.js';

/**
 * The four kinds of PASSPRO users. Carried as Firebase Auth custom claims `role` (and `uai` for
 * the staff of an établissement), mirrored in users/{uid} for display and administration.
 */
export const ROLES = ['academie', 'college_head', 'referent', 'lycee'] as const;
export const role = z.enum(ROLES, { error: 'rôle inconnu (academie, college_head, referent ou lycee)' });
export type Role = z.infer<typeof role>;

export const ROLE_LABELS: Record<Role, string> = {
  academie: 'Administrateur académique (SAIO)',
  college_head: 'Chef d’établissement d’origine (collège)',
  referent: 'Référent du collège',
  lycee: 'Établissement d’accueil (lycée)'
};

/** Roles that belong to one établissement and so carry its UAI. */
export const ESTABLISHMENT_ROLES = ['college_head', 'referent', 'lycee'] as const satisfies readonly Role[];

export const claims = z.discriminatedUnion('role', [
  z.object({ role: z.literal('academie') }),
  z.object({ role: z.enum(ESTABLISHMENT_ROLES), uai })
]);
export type Claims = z.infer<typeof claims>;

/** Home page of each role, relative to the app root. */
export const ROLE_HOME: Record<Role, string> = {
  academie: '/academie',
  college_head: '/college',
  referent: '/college',
  lycee: '/lycee'
};

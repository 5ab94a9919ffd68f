import { z } from 'zod';
import { email, instant, text } from './primitives.js';
import { role } from './roles.js';
import { uai } from './uai.js';

/**
 * users/{uid}: the profile of a staff account. The role and UAI here mirror the Auth custom
 * claims, which alone grant access; only functions write them.
 */
export const userProfile = z.object({
  uid: z.string().min(1),
  displayName: text(100),
  email,
  role,
  uai: uai.nullable(),
  disabled: z.boolean().default(false),
  createdAt: instant,
  updatedAt: instant
});
export type UserProfile = z.infer<typeof userProfile>;

/** The fields a user edits on his or her own profile. */
export const ownProfileEdit = userProfile.pick({ displayName: true });

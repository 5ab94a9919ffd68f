import { claims, userProfile, type Claims, type UserProfile } from '../../functions/src/shared/index.js';
import { DEMO_ACCOUNTS, demoUid } from '../../src/lib/demo/accounts.js';

/** A demo account as the seed writes it: the users/{uid} profile and the Auth custom claims. */
export interface DemoUser {
  profile: UserProfile;
  claims: Claims;
}

/** The demo accounts, created at `createdAt` (before the campaign opens). */
export function demoUsers(createdAt: Date): DemoUser[] {
  return DEMO_ACCOUNTS.map((account) => ({
    profile: userProfile.parse({
      uid: demoUid(account),
      displayName: account.displayName,
      email: account.email,
      role: account.role,
      uai: account.uai,
      disabled: false,
      createdAt,
      updatedAt: createdAt
    }),
    claims: claims.parse(account.uai ? { role: account.role, uai: account.uai } : { role: account.role })
  }));
}

import { userProfile, type Role, type UserProfile } from '../../functions/src/shared/index.js';

/** The users/{uid} profile of a staff account; role and UAI must mirror the account's claims. */
export function userProfileDoc(
  uid: string,
  role: Role,
  uai: string | null,
  overrides: Partial<UserProfile> = {}
): UserProfile {
  return userProfile.parse({
    uid,
    displayName: `Agent ${uid}`,
    email: `${uid}@ac-creteil.fr`,
    role,
    uai,
    disabled: false,
    createdAt: new Date('2027-01-15T09:00:00Z'),
    updatedAt: new Date('2027-01-15T09:00:00Z'),
    ...overrides
  });
}

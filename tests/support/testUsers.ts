import { randomUUID } from 'node:crypto';
import { COLLECTIONS, type Claims } from '$shared';
import { auth, db } from '../../functions/src/admin';
import { userProfileDoc } from '../factories/users';
import { freshAddress } from './maildev';

export interface TestUser {
  uid: string;
  email: string;
  password: string;
}

/**
 * Creates a user in the Auth emulator with PASSPRO's custom claims, as the académie's account
 * administration would. Each call makes a new user with its own address.
 */
export async function createTestUser(claims: Claims): Promise<TestUser> {
  const email = freshAddress(claims.role);
  const password = randomUUID();
  const { uid } = await auth.createUser({ email, password });
  await auth.setCustomUserClaims(uid, claims);
  return { uid, email, password };
}

/**
 * Creates a user as createTestUser does, plus the enabled users/{uid} profile that makes its claims
 * count: the rules and the administration functions honour claims only while such a profile agrees.
 */
export async function createActiveTestUser(claims: Claims): Promise<TestUser> {
  const user = await createTestUser(claims);
  const uai = claims.role === 'academie' ? null : claims.uai;
  await db
    .collection(COLLECTIONS.users)
    .doc(user.uid)
    .set(userProfileDoc(user.uid, claims.role, uai, { email: user.email }));
  return user;
}

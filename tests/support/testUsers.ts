import { randomUUID } from 'node:crypto';
import type { Claims } from '$shared';
import { auth } from '../../functions/src/admin';
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

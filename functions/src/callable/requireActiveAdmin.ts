import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';
import { db } from '../admin.js';
import { COLLECTIONS } from '../shared/index.js';

/**
 * Lets through an académie administrator whose account is active, and answers anyone else with
 * a French refusal. Functions bypass the security rules, so this repeats their `active()` check:
 * the `academie` claim counts only while users/{uid} exists, agrees and is not disabled (an ID
 * token keeps its claims for up to an hour after the account is disabled).
 */
export async function requireActiveAdmin(auth: CallableRequest['auth'], action: string): Promise<{ uid: string }> {
  if (!auth) {
    throw new HttpsError('unauthenticated', `Connectez-vous pour ${action}.`);
  }
  const refusal = new HttpsError('permission-denied', `Seul un administrateur académique peut ${action}.`);
  if (auth.token.role !== 'academie') throw refusal;
  const profile = (await db.collection(COLLECTIONS.users).doc(auth.uid).get()).data();
  if (!profile || profile.disabled !== false || profile.role !== 'academie') throw refusal;
  return { uid: auth.uid };
}

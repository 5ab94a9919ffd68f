import { FieldValue } from 'firebase-admin/firestore';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { auth, db } from '../admin.js';
import { FUNCTIONS_REGION } from '../config.js';
import * as logs from '../logs.js';
import { COLLECTIONS, inFrench, setAccountDisabledRequest, type SetAccountDisabledResult } from '../shared/index.js';
import { recordAudit } from '../services/audit.js';
import { requireActiveAdmin } from './requireActiveAdmin.js';

/**
 * An académie administrator disables a staff account, or enables it again. Disabling cuts access
 * at once: the profile's `disabled` makes the rules refuse the ID token the user still holds, and
 * revoking the refresh tokens stops Auth from issuing a new one.
 */
export const setAccountDisabled = onCall(
  { region: FUNCTIONS_REGION },
  async (request): Promise<SetAccountDisabledResult> => {
    const caller = await requireActiveAdmin(request.auth, 'désactiver ou réactiver un compte');
    const parsed = setAccountDisabledRequest.safeParse(request.data, inFrench);
    if (!parsed.success) {
      throw new HttpsError(
        'invalid-argument',
        `Demande invalide : ${parsed.error.issues.map((issue) => issue.message).join(' ; ')}.`
      );
    }
    const { uid, disabled } = parsed.data;
    if (uid === caller.uid) {
      throw new HttpsError(
        'failed-precondition',
        'Vous ne pouvez pas désactiver votre propre compte : demandez-le à un autre administrateur.'
      );
    }

    const profileRef = db.collection(COLLECTIONS.users).doc(uid);
    const profile = await profileRef.get();
    if (!profile.exists) {
      throw new HttpsError('not-found', 'Ce compte n’existe pas dans PASSPRO.');
    }
    // A profile without Auth user (deleted by hand) is still disabled in Firestore, where access is decided.
    const user = await auth.getUser(uid).catch((error: { code?: string }) => {
      if (error.code === 'auth/user-not-found') return null;
      throw error;
    });
    if (profile.get('disabled') === disabled && (user === null || user.disabled === disabled)) {
      return { outcome: 'unchanged' };
    }

    // The profile first: it is what the rules read, so access ends with this write.
    await profileRef.update({ disabled, updatedAt: FieldValue.serverTimestamp() });
    if (user) {
      await auth.updateUser(uid, { disabled });
      if (disabled) await auth.revokeRefreshTokens(uid);
    }
    await recordAudit({
      actorUid: caller.uid,
      actorRole: 'academie',
      action: disabled ? 'account.disable' : 'account.enable',
      target: `${COLLECTIONS.users}/${uid}`,
      campaignId: null
    });
    logs.accountDisabledSet(uid, disabled);
    return { outcome: 'updated' };
  }
);

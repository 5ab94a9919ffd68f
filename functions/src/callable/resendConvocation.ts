import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { db } from '../admin.js';
import { FUNCTIONS_REGION } from '../config.js';
import { COLLECTIONS } from '../shared/index.js';
import { resendConvocationMail } from '../services/convocations.js';

const input = z.object({ applicationId: z.string().min(1).max(200) });

/**
 * "Renvoyer" on a convocation: the lycée that issued it or the collège's staff send its current
 * mail again. Repeats the rules' checks (functions bypass them): active profile, own UAI.
 */
export const resendConvocation = onCall({ region: FUNCTIONS_REGION }, async (request): Promise<{ ok: true }> => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'Connectez-vous pour renvoyer une convocation.');
  const parsed = input.safeParse(request.data);
  if (!parsed.success) throw new HttpsError('invalid-argument', 'Convocation inconnue.');
  const [profile, convocation] = await Promise.all([
    db.collection(COLLECTIONS.users).doc(request.auth.uid).get(),
    db.collection(COLLECTIONS.convocations).doc(parsed.data.applicationId).get()
  ]);
  if (!convocation.exists) throw new HttpsError('not-found', 'Cette convocation n’existe pas.');
  const { role, uai, disabled } = profile.data() ?? {};
  const token = request.auth.token;
  const allowed =
    profile.exists &&
    disabled === false &&
    role === token.role &&
    uai === token.uai &&
    ((role === 'lycee' && uai === convocation.get('lyceeUai')) ||
      ((role === 'college_head' || role === 'referent') && uai === convocation.get('collegeUai')));
  if (!allowed)
    throw new HttpsError(
      'permission-denied',
      'Seuls le lycée et le collège de l’élève peuvent renvoyer sa convocation.'
    );
  await resendConvocationMail(parsed.data.applicationId);
  return { ok: true };
});

import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { requireActiveAdmin } from './requireActiveAdmin.js';
import { appUrl, FUNCTIONS_REGION } from '../config.js';
import * as logs from '../logs.js';
import { COLLECTIONS } from '../shared/index.js';
import { recordAudit } from '../services/audit.js';
import { enqueueMail } from '../services/outbox.js';
import { testMail } from '../services/testMail.js';

/**
 * An académie administrator sends a test mail to their own address, to check the SMTP settings.
 * Returns the id of the mail document, whose delivery state the caller may follow.
 */
export const sendTestMail = onCall({ region: FUNCTIONS_REGION }, async (request): Promise<{ mailId: string }> => {
  const { uid } = await requireActiveAdmin(request.auth, 'envoyer un courriel de test');
  const to = request.auth?.token.email;
  if (!to) {
    throw new HttpsError(
      'failed-precondition',
      "Votre compte n'a pas d'adresse électronique : le courriel de test ne peut pas partir."
    );
  }

  const mailId = await enqueueMail(testMail(to, appUrl()));
  await recordAudit({
    actorUid: uid,
    actorRole: 'academie',
    action: 'mail.test',
    target: `${COLLECTIONS.mail}/${mailId}`,
    campaignId: null
  });
  logs.testMailRequested(mailId);
  return { mailId };
});

import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { FUNCTIONS_REGION, smtpConfig, smtpPassword } from '../config.js';
import { COLLECTIONS } from '../shared/index.js';
import { deliverMail } from '../services/deliverMail.js';
import { isDeliveryRequest, SEND_TIMEOUT_SECONDS } from '../services/mailDelivery.js';
import { createSmtpTransport } from '../services/smtp.js';

/**
 * Sends each mail of the outbox: on its creation, and again when its delivery is put back to
 * pending (a retry after an error). Events may be delivered more than once; deliverMail's
 * transactional claim keeps it to one send.
 */
export const sendMail = onDocumentWritten(
  {
    document: `${COLLECTIONS.mail}/{mailId}`,
    region: FUNCTIONS_REGION,
    secrets: [smtpPassword],
    timeoutSeconds: SEND_TIMEOUT_SECONDS
  },
  async (event) => {
    const change = event.data;
    if (!change || !isDeliveryRequest(change.before.data(), change.after.data())) return;
    await deliverMail(change.after.ref, () => createSmtpTransport(smtpConfig()));
  }
);

import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { FUNCTIONS_REGION } from '../config.js';
import { COLLECTIONS } from '../shared/index.js';
import { recordAuditChanges } from '../services/audit.js';
import { applicationAuditChanges } from '../services/auditChanges.js';

/** Every change of the collège's avis and every withdrawal or reactivation of a request → auditLog. */
export const auditApplication = onDocumentWritten(
  { document: `${COLLECTIONS.applications}/{applicationId}`, region: FUNCTIONS_REGION },
  async (event) => {
    const after = event.data?.after.data();
    const changes = applicationAuditChanges(event.data?.before.data(), after);
    await recordAuditChanges(
      event.id,
      new Date(event.time),
      `${COLLECTIONS.applications}/${event.params.applicationId}`,
      after?.campaignId ?? null,
      changes
    );
  }
);

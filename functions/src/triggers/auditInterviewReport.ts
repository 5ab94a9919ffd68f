import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { FUNCTIONS_REGION } from '../config.js';
import { COLLECTIONS } from '../shared/index.js';
import { recordAuditChanges } from '../services/audit.js';
import { reportAuditChanges } from '../services/auditChanges.js';

/** Every change of the lycée's avis in an interview report (requested or extra formation) → auditLog. */
export const auditInterviewReport = onDocumentWritten(
  { document: `${COLLECTIONS.interviewReports}/{applicationId}`, region: FUNCTIONS_REGION },
  async (event) => {
    const after = event.data?.after.data();
    const changes = reportAuditChanges(event.data?.before.data(), after);
    await recordAuditChanges(
      event.id,
      new Date(event.time),
      `${COLLECTIONS.interviewReports}/${event.params.applicationId}`,
      after?.campaignId ?? null,
      changes
    );
  }
);

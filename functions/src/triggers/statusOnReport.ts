import { Timestamp } from 'firebase-admin/firestore';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { db } from '../admin.js';
import { FUNCTIONS_REGION } from '../config.js';
import * as logs from '../logs.js';
import { COLLECTIONS } from '../shared/index.js';
import { statusAfterReport } from '../services/reportStatus.js';

/**
 * A report submitted (or corrected) by the lycée moves its request to 'reported', 'interviewed' or
 * 'absent', so the collège's follow-up and summary sheet show it. Decided in a transaction from the
 * current report, request and slot, not from the event: a replay finds the status already set.
 */
export const statusOnReport = onDocumentWritten(
  { document: `${COLLECTIONS.interviewReports}/{applicationId}`, region: FUNCTIONS_REGION },
  async (event) => {
    const { applicationId } = event.params;
    await db.runTransaction(async (tx) => {
      const reportRef = db.collection(COLLECTIONS.interviewReports).doc(applicationId);
      const requestRef = db.collection(COLLECTIONS.applications).doc(applicationId);
      const [report, request] = [(await tx.get(reportRef)).data(), (await tx.get(requestRef)).data()];
      if (!report || !request || request.slotId !== report.slotId) return;
      const slot = (await tx.get(db.collection(COLLECTIONS.interviewSlots).doc(report.slotId))).data();
      if (!slot) return;
      const submittedAt = report.submittedAt instanceof Timestamp ? report.submittedAt.toDate() : null;
      const status = statusAfterReport(request.status, { attendance: report.attendance, submittedAt }, slot.format);
      if (status === null) return;
      tx.update(requestRef, { status, updatedAt: Timestamp.now(), updatedBy: report.updatedBy });
      logs.reportStatusSet(applicationId, status);
    });
  }
);

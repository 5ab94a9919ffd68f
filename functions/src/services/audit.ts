import { FieldValue } from 'firebase-admin/firestore';
import type { z } from 'zod';
import { db } from '../admin.js';
import { auditEntry, COLLECTIONS } from '../shared/index.js';

const auditRecord = auditEntry.omit({ at: true });

/**
 * Appends an entry to auditLog/, stamped with the server's time. Entries hold ids and paths only,
 * never personal data.
 */
export async function recordAudit(record: z.input<typeof auditRecord>): Promise<void> {
  await db.collection(COLLECTIONS.auditLog).add({ ...auditRecord.parse(record), at: FieldValue.serverTimestamp() });
}

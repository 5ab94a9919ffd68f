import { FieldValue } from 'firebase-admin/firestore';
import type { z } from 'zod';
import { db } from '../admin.js';
import { auditEntry, COLLECTIONS, role, type Role } from '../shared/index.js';
import type { AuditChange } from './auditChanges.js';

const auditRecord = auditEntry.omit({ at: true });

/**
 * Appends an entry to auditLog/, stamped with the server's time. Entries hold ids and paths only,
 * never personal data.
 */
export async function recordAudit(record: z.input<typeof auditRecord>): Promise<void> {
  await db.collection(COLLECTIONS.auditLog).add({ ...auditRecord.parse(record), at: FieldValue.serverTimestamp() });
}

/** The role of a user as his profile says it, or null (no profile, or a function acting). */
async function roleOf(uid: string | null): Promise<Role | null> {
  if (!uid) return null;
  const parsed = role.safeParse((await db.collection(COLLECTIONS.users).doc(uid).get()).get('role'));
  return parsed.success ? parsed.data : null;
}

/**
 * Records the audited changes of one document write. Entry ids derive from the event id, and an
 * entry holds nothing that differs between deliveries (its time is the event's), so a replayed
 * event rewrites the same entries instead of adding new ones.
 */
export async function recordAuditChanges(
  eventId: string,
  at: Date,
  target: string,
  campaignId: string | null,
  changes: AuditChange[]
): Promise<void> {
  if (changes.length === 0) return;
  const roles = new Map<string | null, Role | null>();
  for (const { actorUid } of changes) if (!roles.has(actorUid)) roles.set(actorUid, await roleOf(actorUid));
  const batch = db.batch();
  changes.forEach(({ action, actorUid, details }, index) => {
    const entry = auditEntry.parse({
      at,
      actorUid,
      actorRole: roles.get(actorUid),
      action,
      target,
      campaignId,
      details
    });
    batch.set(db.collection(COLLECTIONS.auditLog).doc(`${eventId}_${index}`), entry);
  });
  await batch.commit();
}

import { AUDIT_ACTIONS, type AuditAction, type EnumChange } from '../shared/index.js';

/**
 * The audited changes between two versions of a document, read from its raw data (the trigger
 * must record even a document another schema version wrote). Enum values and formation ids only:
 * never a name, a comment or a reason.
 */
export interface AuditChange {
  action: AuditAction;
  /** Who made the change, as the document records it. */
  actorUid: string | null;
  details: EnumChange;
}

type Data = Record<string, unknown> | undefined;

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
const asString = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** One change per formation whose value differs, in formation-id order (so entry ids are stable). */
function perFormation(
  action: AuditAction,
  actorUid: string | null,
  before: Record<string, string | null>,
  after: Record<string, string | null>
): AuditChange[] {
  const formationIds = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return formationIds
    .filter((id) => (before[id] ?? null) !== (after[id] ?? null))
    .map((id) => ({ action, actorUid, details: { formationId: id, from: before[id] ?? null, to: after[id] ?? null } }));
}

const originAvisValues = (data: Data) =>
  Object.fromEntries(
    Object.entries(asRecord(data?.originAvis)).map(([id, entry]) => [id, asString(asRecord(entry).avis)])
  );

/** An application's changes: the collège's avis per formation, a withdrawal, a reactivation. */
export function applicationAuditChanges(before: Data, after: Data): AuditChange[] {
  if (!after) return [];
  const editor = asString(after.updatedBy);
  const changes = perFormation(AUDIT_ACTIONS.originAvis, editor, originAvisValues(before), originAvisValues(after));
  const [was, is] = [asString(before?.status), asString(after.status)];
  if (was !== null && was !== 'withdrawn' && is === 'withdrawn') {
    const by = asString(asRecord(after.withdrawal).by) ?? editor;
    changes.push({ action: AUDIT_ACTIONS.withdrawal, actorUid: by, details: { formationId: null, from: was, to: is } });
  }
  if (was === 'withdrawn' && is !== null && is !== 'withdrawn') {
    changes.push({
      action: AUDIT_ACTIONS.reactivation,
      actorUid: editor,
      details: { formationId: null, from: was, to: is }
    });
  }
  return changes;
}

const reportAvisValues = (data: Data) =>
  Object.fromEntries(Object.entries(asRecord(data?.avisByFormation)).map(([id, value]) => [id, asString(value)]));
const extraAvisValues = (data: Data): Record<string, string | null> => {
  const extra = asRecord(data?.extraFormation);
  const formationId = asString(extra.formationId);
  return formationId ? { [formationId]: asString(extra.avis) } : {};
};

/** An interview report's changes: the lycée's avis per requested formation and on an extra formation. */
export function reportAuditChanges(before: Data, after: Data): AuditChange[] {
  if (!after) return [];
  const editor = asString(after.updatedBy);
  return [
    ...perFormation(AUDIT_ACTIONS.reportAvis, editor, reportAvisValues(before), reportAvisValues(after)),
    ...perFormation(AUDIT_ACTIONS.extraAvis, editor, extraAvisValues(before), extraAvisValues(after))
  ];
}

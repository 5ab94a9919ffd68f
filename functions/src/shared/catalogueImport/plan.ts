import { DIPLOMA_LABELS, formationId, type Domain, type Formation } from '../catalogue.js';
import type { Establishment } from '../establishment.js';
import type { CatalogueFileRow } from './columns.js';
import { IMPORTED_FIELDS, readCatalogueRow, type ImportedField, type ImportedFormation } from './row.js';
import { SpellingBook } from './spelling.js';

/** What Firestore holds that the import compares the file with. */
export interface ExistingCatalogue {
  /** The campaign's formations. */
  formations: (Formation & { id: string })[];
  /** The établissements whose UAI the file names (a collège among them is an error of the file). */
  establishments: Establishment[];
  domains: Domain[];
}

export type WriteOutcome = 'created' | 'updated' | 'unchanged';
type FieldValue = string | number;

/** One field the import changes, with its value before and after. */
export interface FieldChange<Field extends string = ImportedField> {
  field: Field;
  before: FieldValue;
  after: FieldValue;
}

/** A formation of the file and what importing it does (its first row if the file repeats it). */
export interface PlannedFormation {
  id: string;
  row: number;
  formation: ImportedFormation;
  outcome: WriteOutcome;
  changes: FieldChange[];
}

/** The fields of an établissement the file gives; the rest (sector, address, référent) is left alone. */
export interface LyceeFields {
  name: string;
  departement: Formation['departement'];
  city: string;
  functionalEmail: string;
}
export type LyceeField = keyof LyceeFields;

export interface PlannedLycee {
  uai: string;
  fields: LyceeFields;
  outcome: WriteOutcome;
  changes: FieldChange<LyceeField>[];
}

export interface PlannedDomain {
  domain: Domain;
  outcome: WriteOutcome;
  /** The label Firestore holds, when the file relabels the domain. */
  previousLabel?: string;
}

/** A row left out, with its Excel row number and why, in French. */
export interface Rejection {
  row: number;
  reason: string;
}

/** A row identical to an earlier one, imported once. */
export interface Merge {
  row: number;
  sameAs: number;
}

/**
 * Rows sharing a key (one formation, or one lycée) but disagreeing on some fields. None of them
 * is imported: the file must say which is right.
 */
export interface Conflict {
  kind: 'formation' | 'lycee';
  key: string;
  /** The formation or lycée, as a person reads it. */
  label: string;
  rows: number[];
  fields: { field: ImportedField; values: { row: number; value: FieldValue }[] }[];
}

/** Everything an import of the file would do, computed before anything is written. */
export interface CataloguePlan {
  campaignId: string;
  /** Data rows of the file (the header and blank rows excluded). */
  rowCount: number;
  formations: PlannedFormation[];
  lycees: PlannedLycee[];
  domains: PlannedDomain[];
  rejected: Rejection[];
  merged: Merge[];
  conflicts: Conflict[];
  /** Formations of the campaign the file does not list: kept, an import never deletes. */
  absent: { id: string; label: string }[];
}

/** « CAP Boulanger — Lycée professionnel Jean Moulin ». */
export const formationLabel = (f: Pick<Formation, 'diploma' | 'specialty' | 'lyceeName'>) =>
  `${DIPLOMA_LABELS[f.diploma]} ${f.specialty} — ${f.lyceeName}`;

export interface ValidRow {
  row: number;
  formation: ImportedFormation;
}

/** Spellings known in mixed case: the file's first, then Firestore's (see spelling.ts). */
function spellingBook(rows: ValidRow[], existing: ExistingCatalogue): SpellingBook {
  const book = new SpellingBook();
  for (const { formation: f } of rows) [f.domainLabel, f.lyceeName, f.city, f.specialty].forEach((v) => book.offer(v));
  for (const f of existing.formations) [f.domainLabel, f.lyceeName, f.city, f.specialty].forEach((v) => book.offer(v));
  for (const e of existing.establishments) [e.name, e.city].forEach((v) => book.offer(v));
  for (const d of existing.domains) book.offer(d.label);
  return book;
}

function respell(f: ImportedFormation, book: SpellingBook): ImportedFormation {
  return {
    ...f,
    domainLabel: book.spell(f.domainLabel, 'label'),
    lyceeName: book.spell(f.lyceeName, 'name'),
    city: book.spell(f.city, 'name'),
    specialty: book.spell(f.specialty, 'label')
  };
}

/** Items by key, in order. Appends in place: copying the group on each insert made 40,000 identical rows quadratic. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The fields on which rows of one key disagree, with each row's value; empty when they agree. */
function disagreements(rows: ValidRow[], fields: readonly ImportedField[]): Conflict['fields'] {
  return fields
    .filter((field) => new Set(rows.map((r) => r.formation[field])).size > 1)
    .map((field) => ({ field, values: rows.map((r) => ({ row: r.row, value: r.formation[field] })) }));
}

/** The fields of the lycée a formation row carries. */
const LYCEE_FIELDS_OF_ROW = [
  'lyceeName',
  'city',
  'departement',
  'contactEmail'
] as const satisfies readonly ImportedField[];

const lyceeFieldsOf = (f: ImportedFormation): LyceeFields => ({
  name: f.lyceeName,
  departement: f.departement,
  city: f.city,
  functionalEmail: f.contactEmail
});

function changesBetween<Fields extends object, Field extends keyof Fields & string>(
  before: Fields,
  after: Fields,
  fields: readonly Field[]
): FieldChange<Field>[] {
  return fields
    .filter((field) => before[field] !== after[field])
    .map((field) => ({ field, before: before[field] as FieldValue, after: after[field] as FieldValue }));
}

const outcomeOf = (exists: boolean, changes: unknown[]): WriteOutcome =>
  !exists ? 'created' : changes.length > 0 ? 'updated' : 'unchanged';

/**
 * The plan of an import: validates every row, harmonises spellings, merges exact duplicates,
 * sets conflicting rows aside, and compares the rest with what Firestore holds. Pure: the same
 * file and the same Firestore state always give the same plan, which is what makes an import
 * re-runnable (a second run of the same file plans nothing but "unchanged").
 */
export function planCatalogueImport(
  fileRows: readonly CatalogueFileRow[],
  campaignId: string,
  existing: ExistingCatalogue
): CataloguePlan {
  return planReadRows(readCatalogueRows(fileRows, campaignId), campaignId, existing);
}

/** The rows of a file, each validated once: the formation it describes, or why it is rejected. */
export interface ReadRows {
  rowCount: number;
  valid: ValidRow[];
  rejected: Rejection[];
}

export function readCatalogueRows(fileRows: readonly CatalogueFileRow[], campaignId: string): ReadRows {
  const rejected: Rejection[] = [];
  const valid: ValidRow[] = [];
  for (const fileRow of fileRows) {
    const reading = readCatalogueRow(fileRow, campaignId);
    if (reading.ok) valid.push({ row: fileRow.row, formation: reading.formation });
    else rejected.push({ row: fileRow.row, reason: reading.reason });
  }
  return { rowCount: fileRows.length, valid, rejected };
}

/** planCatalogueImport for rows already validated. */
export function planReadRows(read: ReadRows, campaignId: string, existing: ExistingCatalogue): CataloguePlan {
  const rejected = [...read.rejected];
  const parsed = read.valid;

  const establishments = new Map(existing.establishments.map((e) => [e.uai, e]));
  const valid: ValidRow[] = [];
  for (const row of parsed) {
    if (establishments.get(row.formation.uai)?.kind === 'college') {
      rejected.push({
        row: row.row,
        reason: `UAI « ${row.formation.uai} » : c’est l’UAI d’un collège, pas d’un lycée`
      });
    } else {
      valid.push(row);
    }
  }

  const book = spellingBook(valid, existing);
  const rows = valid.map((r) => ({ row: r.row, formation: respell(r.formation, book) }));
  const conflicts: Conflict[] = [];
  const merged: Merge[] = [];

  // A lycée is described once per row: rows that describe it differently are all set aside.
  const byLycee = groupBy(rows, (r) => r.formation.uai);
  const agreeingRows: ValidRow[] = [];
  for (const [uai, lyceeRows] of byLycee) {
    const fields = disagreements(lyceeRows, LYCEE_FIELDS_OF_ROW);
    if (fields.length === 0) for (const row of lyceeRows) agreeingRows.push(row);
    else
      conflicts.push({
        kind: 'lycee',
        key: uai,
        label: `${lyceeRows[0].formation.lyceeName} (${uai})`,
        rows: lyceeRows.map((r) => r.row),
        fields
      });
  }

  const formations: PlannedFormation[] = [];
  const existingFormations = new Map(existing.formations.map((f) => [f.id, f]));
  const byFormation = groupBy(agreeingRows, (r) => formationId(r.formation));
  for (const [id, formationRows] of byFormation) {
    const fields = disagreements(formationRows, IMPORTED_FIELDS);
    const [first, ...repeats] = formationRows;
    if (fields.length > 0) {
      conflicts.push({
        kind: 'formation',
        key: id,
        label: formationLabel(first.formation),
        rows: formationRows.map((r) => r.row),
        fields
      });
      continue;
    }
    for (const repeat of repeats) merged.push({ row: repeat.row, sameAs: first.row });
    const before = existingFormations.get(id);
    const changes = before ? changesBetween(before, first.formation, IMPORTED_FIELDS) : [];
    formations.push({ id, row: first.row, formation: first.formation, outcome: outcomeOf(!!before, changes), changes });
  }

  const lycees = [...groupBy(formations, (f) => f.formation.uai)].map(([uai, [{ formation }]]): PlannedLycee => {
    const fields = lyceeFieldsOf(formation);
    const before = establishments.get(uai);
    const changes = before
      ? changesBetween<LyceeFields, LyceeField>(before, fields, ['name', 'departement', 'city', 'functionalEmail'])
      : [];
    return { uai, fields, outcome: outcomeOf(!!before, changes), changes };
  });

  const existingDomains = new Map(existing.domains.map((d) => [d.id, d]));
  const domains = [...groupBy(formations, (f) => f.formation.domainId)].map(([id, [{ formation }]]): PlannedDomain => {
    const before = existingDomains.get(id);
    const domain = { id, label: formation.domainLabel };
    if (!before) return { domain, outcome: 'created' };
    return before.label === domain.label
      ? { domain, outcome: 'unchanged' }
      : { domain, outcome: 'updated', previousLabel: before.label };
  });

  const listed = new Set([
    ...formations.map((f) => f.id),
    ...conflicts.filter((c) => c.kind === 'formation').map((c) => c.key)
  ]);
  const conflictingLycees = new Set(conflicts.filter((c) => c.kind === 'lycee').map((c) => c.key));
  const absent = existing.formations
    .filter((f) => !listed.has(f.id) && !conflictingLycees.has(f.uai))
    .map((f) => ({ id: f.id, label: formationLabel(f) }));

  return {
    campaignId,
    rowCount: read.rowCount,
    formations,
    lycees,
    domains,
    rejected: rejected.sort((a, b) => a.row - b.row),
    merged,
    conflicts,
    absent
  };
}

/** What happened to one row of the file. */
export type RowOutcome = WriteOutcome | 'merged' | 'rejected' | 'conflict';

/** Each data row of the file and its outcome, in file order: every row is accounted for once. */
export function rowOutcomes(plan: CataloguePlan): { row: number; outcome: RowOutcome }[] {
  return [
    ...plan.formations.map((f) => ({ row: f.row, outcome: f.outcome as RowOutcome })),
    ...plan.merged.map((m) => ({ row: m.row, outcome: 'merged' as const })),
    ...plan.rejected.map((r) => ({ row: r.row, outcome: 'rejected' as const })),
    ...plan.conflicts.flatMap((c) => c.rows.map((row) => ({ row, outcome: 'conflict' as const })))
  ].sort((a, b) => a.row - b.row);
}

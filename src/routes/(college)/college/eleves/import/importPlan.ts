import { LEVEL_LABELS, normalisedName } from '$shared';
import type { ClassListReading, ClassListRow } from '$shared/classListFile';

/**
 * What importing a class list will do, decided before anything is written: rows already present
 * in the collège (same normalised names) are recognised and left alone, a pupil twice in the file
 * is taken once, rejected rows are reported. The import writes in one batch, so it is all or nothing.
 */

/** Firestore's limit on the writes of one batch: a larger list would be half-written on a failure. */
export const MAX_CLASS_LIST_ROWS = 500;

export type ImportOutcome = 'new' | 'present' | 'rejected';

export const IMPORT_OUTCOME_LABELS: Record<ImportOutcome, string> = {
  new: 'À inscrire',
  present: 'Déjà inscrit',
  rejected: 'Rejetée'
};

/** One row of the preview, in file order. */
export interface ImportLine {
  row: number;
  name: string;
  className: string;
  level: string;
  outcome: ImportOutcome;
  reason: string;
}

export type ImportPlan = { ok: true; lines: ImportLine[]; toCreate: ClassListRow[] } | { ok: false; error: string };

/** The preview of an import, from the file's reading and the names of the pupils already registered. */
export function planClassListImport(
  reading: ClassListReading,
  existing: readonly { firstName: string; lastName: string }[]
): ImportPlan {
  if (!reading.ok) return reading;
  const known = new Set(existing.map((pupil) => normalisedName(pupil.firstName, pupil.lastName)));
  const lines: ImportLine[] = reading.rejected.map(({ row, reason }) => ({
    row,
    name: '',
    className: '',
    level: '',
    outcome: 'rejected',
    reason
  }));
  const toCreate: ClassListRow[] = [];
  const inFile = new Map<string, number>();
  for (const row of reading.rows) {
    const key = normalisedName(row.firstName, row.lastName);
    const base = {
      row: row.row,
      name: `${row.lastName} ${row.firstName}`,
      className: row.className,
      level: LEVEL_LABELS[row.level]
    };
    if (known.has(key)) {
      lines.push({ ...base, outcome: 'present', reason: 'un élève de ce nom est déjà inscrit : rien n’est changé' });
    } else if (inFile.has(key)) {
      lines.push({ ...base, outcome: 'present', reason: `même élève qu’à la ligne ${inFile.get(key)}` });
    } else {
      inFile.set(key, row.row);
      toCreate.push(row);
      lines.push({ ...base, outcome: 'new', reason: '' });
    }
  }
  if (toCreate.length > MAX_CLASS_LIST_ROWS) {
    return {
      ok: false,
      error: `Le fichier compte ${toCreate.length} élèves à inscrire : ${MAX_CLASS_LIST_ROWS} au plus par import. Découpez-le par classe.`
    };
  }
  return { ok: true, lines: lines.sort((a, b) => a.row - b.row), toCreate };
}

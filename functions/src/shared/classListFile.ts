import { slugify } from './catalogue.js';
import { frenchIssues } from './messages.js';
import { LEVELS, PUPIL_FIELD_LABELS, pupilInput, type Level } from './pupil.js';
import { isBlankRow, locateHeader, type TableColumns } from './tableHeader.js';

/**
 * A collège's class list (CSV or Excel as school-management software exports it) turned into
 * pupils to register: last name, first name, class, and a level read from a « Niveau » or MEF
 * column. Columns are found by their header, in any order; other columns are ignored.
 */

type ClassListColumn = 'lastName' | 'firstName' | 'className' | 'level';

const CLASS_LIST_COLUMNS: TableColumns<ClassListColumn> = {
  spellings: {
    lastName: ['nom', 'nom-de-famille', 'nom-eleve', 'nom-d-usage'],
    firstName: ['prenom', 'prenom-eleve', 'premier-prenom'],
    className: ['classe', 'division', 'classe-division'],
    level: ['niveau', 'mef', 'libelle-mef', 'formation', 'niveau-mef']
  },
  names: { lastName: 'Nom', firstName: 'Prénom', className: 'Classe', level: 'Niveau' },
  required: ['lastName', 'firstName', 'level']
};

export interface ClassListRow {
  /** The row's number in the file (1-based, as a spreadsheet shows it). */
  row: number;
  lastName: string;
  firstName: string;
  className: string;
  level: Level;
}

export type ClassListReading =
  { ok: true; rows: ClassListRow[]; rejected: { row: number; reason: string }[] } | { ok: false; error: string };

/** Level labels and MEF wordings, as slugs, from the most specific to the plainest. */
const LEVEL_SPELLINGS: [Level, RegExp][] = [
  ['3e_segpa', /segpa/],
  ['3e_prepa_metiers', /prepa-?metiers|prepa-pro/],
  ['eana', /eana|upe2a|allophone/],
  ['mlds', /mlds/],
  ['3e', /^(3|3e|3eme|troisieme)(-|$)|^3e-generale|^3eme-generale/]
];

const LEVEL_NAMES = ['3e', '3e SEGPA', '3e Prépa-métiers', 'EANA', 'MLDS'].join(', ');

/** The level a « Niveau » or MEF cell names, or undefined when it is not one of the procedure's. */
export function levelOfLabel(label: string): Level | undefined {
  const slug = slugify(label);
  if ((LEVELS as readonly string[]).includes(label.trim())) return label.trim() as Level;
  return LEVEL_SPELLINGS.find(([, pattern]) => pattern.test(slug))?.[0];
}

/**
 * Reads a table whose first non-blank rows (up to 3: exports often start with a title) name the
 * columns. Each later non-blank row becomes a pupil, or a rejected row with a French reason naming
 * the column at fault.
 */
export function readClassListTable(table: string[][]): ClassListReading {
  const located = locateHeader(table, CLASS_LIST_COLUMNS, {
    searchRows: 3,
    missingHint: 'La ligne d’en-tête doit nommer les colonnes Nom, Prénom, Classe et Niveau (ou MEF).'
  });
  if (!located.ok) return located;
  const { headerIndex, positions } = located;
  const cellOf = (cells: string[], column: ClassListColumn) => {
    const position = positions.get(column);
    return position === undefined ? '' : (cells[position] ?? '').replace(/\s+/g, ' ').trim();
  };

  const rows: ClassListRow[] = [];
  const rejected: { row: number; reason: string }[] = [];
  for (let index = headerIndex + 1; index < table.length; index++) {
    const cells = table[index];
    if (isBlankRow(cells)) continue;
    const row = index + 1;
    const levelLabel = cellOf(cells, 'level');
    const level = levelOfLabel(levelLabel);
    const parsed = pupilInput.safeParse({
      lastName: cellOf(cells, 'lastName'),
      firstName: cellOf(cells, 'firstName'),
      className: cellOf(cells, 'className'),
      level
    });
    if (parsed.success) {
      rows.push({ row, ...parsed.data });
      continue;
    }
    // The level's message names the label read, which the schema never sees.
    const issues = frenchIssues(parsed.error, PUPIL_FIELD_LABELS).filter(
      (issue) => level || !issue.includes('« Niveau »')
    );
    if (!level)
      issues.push(
        levelLabel
          ? `Le niveau « ${levelLabel} » n’est pas concerné par la procédure (${LEVEL_NAMES}).`
          : 'Le champ « Niveau » est vide.'
      );
    rejected.push({ row, reason: issues.join(' ') });
  }
  return { ok: true, rows, rejected };
}

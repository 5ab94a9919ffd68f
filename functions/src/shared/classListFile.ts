import { slugify } from './catalogue.js';
import { optionalText } from './primitives.js';
import { LEVEL_LABELS, LEVELS, pupilIdentity, type Level } from './pupil.js';
import { cleanCell, isBlankRow, locateHeader, type TableColumns } from './tableHeader.js';

/**
 * A collège's class list (CSV or Excel, as school-management software exports it: SIECLE, Pronote)
 * turned into the pupils to register. Headers are found by meaning (« NOM », « Nom de famille »,
 * « Prénom 1 », « Division », « Libellé MEF »…), below a title if any; every other column (birth
 * date, INE, address…) is ignored, since the procedure needs a name, a class and a level only.
 */

type ClassListColumn = 'lastName' | 'usageName' | 'firstName' | 'className' | 'level' | 'mef';

const CLASS_LIST_COLUMNS: TableColumns<ClassListColumn> = {
  meanings: {
    lastName: { phrases: ['nom', 'nom de famille', 'patronyme'], extras: ['élève', 'naissance', 'patronymique'] },
    usageName: { phrases: ['nom d’usage', 'nom usuel'], extras: ['élève'] },
    firstName: { phrases: ['prénom'], extras: ['1', 'premier', 'élève', 'usuel', 'usage'] },
    className: { phrases: ['classe', 'division'], extras: ['code', 'libellé', 'nom', 'élève'] },
    level: { phrases: ['niveau', 'MEF', 'libellé MEF', 'formation'], extras: ['libellé', 'scolaire', 'élève'] },
    mef: { phrases: ['code MEF'], extras: ['élève'] }
  },
  names: {
    lastName: 'Nom',
    usageName: 'Nom d’usage',
    firstName: 'Prénom',
    className: 'Classe',
    level: 'Niveau',
    mef: 'Code MEF'
  },
  // The usage name stands for the family name, a MEF code for the level; the class may be absent.
  required: [['lastName', 'usageName'], 'firstName', ['level', 'mef']]
};

/** Rows a class list may hold: the 3e of the largest collèges with room to spare. */
export const MAX_CLASS_LIST_ROWS = 5000;

/** Title rows, notes or blank rows a file may have above its header. */
const HEADER_SEARCH_ROWS = 10;

/** Characters of a cell quoted in a message: a 10,000-character cell is not copied whole. */
const QUOTED = 40;

export interface ClassListRow {
  row: number;
  lastName: string;
  firstName: string;
  className: string;
  level: Level;
}

export type ClassListReading =
  { ok: true; rows: ClassListRow[]; rejected: { row: number; reason: string }[] } | { ok: false; error: string };

/** « 3e, 3e SEGPA, 3e Prépa-métiers, EANA, MLDS »: the accepted levels, for messages. */
const ACCEPTED_LEVELS = LEVELS.map((level) => LEVEL_LABELS[level].replace(/ \(.*\)$/, '')).join(', ');

/**
 * MEF codes of the national nomenclature (BCN, table N_MEF) for the levels: 10310019110 is « 3EME »,
 * dispositif 167 (the first 3 digits) is « 3EME SEGPA » whatever its speciality (« 1671000C11A »: the
 * speciality and order positions may hold letters). The other levels share dispositifs with classes
 * that are not eligible, so only their label identifies them.
 */
const LEVEL_OF_MEF_CODE: Record<string, Level> = { '10310019110': '3e' };
const LEVEL_OF_MEF_DISPOSITIF: Record<string, Level> = { '167': '3e_segpa' };

/** Words of a level label that say nothing more than « 3e ». */
const PLAIN_3E = new Set(['3e', 'generale', 'general', 'college']);

/**
 * The level a label names, as school-management software writes it: « 3EME », « 3e », « 3EME
 * SEGPA », « 3EME PREPA-METIERS », « 3e prépa métiers », « UPE2A », « EANA », « MLDS », or a MEF
 * code; null for any other level (4e, 3e ULIS…) or an empty label.
 */
export function levelFromLabel(label: string): Level | null {
  const slug = slugify(label)
    .replace(/(^|-)(?:3-?(?:e|eme|em|ieme)|troisieme)(?=-|$)/g, '$13e')
    .replace(/(^|-)(?:[456]-?(?:e|eme|em|ieme)|quatrieme|cinquieme|sixieme)(?=-|$)/g, '$1autreniveau');
  if (slug === '') return null;
  const mef = /^(\d{3})[0-9a-z]{7,8}$/.exec(slug);
  if (mef) return LEVEL_OF_MEF_CODE[slug] ?? LEVEL_OF_MEF_DISPOSITIF[mef[1]] ?? null;
  const words = slug.split('-');
  if (words.includes('autreniveau')) return null;
  if (words.includes('segpa')) return '3e_segpa';
  if (
    ['3pm', '3pp'].includes(slug) ||
    (words.includes('prepa') && ['metiers', 'metier', 'pro', 'professionnelle'].some((w) => words.includes(w)))
  ) {
    return '3e_prepa_metiers';
  }
  if (words.some((word) => ['upe2a', 'eana', 'allophone'].includes(word))) return 'eana';
  if (words.includes('mlds')) return 'mlds';
  if (words[0] === '3e' && words.every((word) => PLAIN_3E.has(word))) return '3e';
  return null;
}

const quote = (value: string) => `« ${value.length > QUOTED ? `${value.slice(0, QUOTED)}…` : value} »`;

/** A class name as the pupil document holds it (20 characters at most), with a French message. */
const className = optionalText(20);

/** Why a name or class cell is refused, or undefined when it is fine. */
function textProblem(name: string, value: string, schema: typeof pupilIdentity.shape.lastName | typeof className) {
  if (/[<>]/.test(value)) return `${name} ${quote(value)} : les caractères < et > ne sont pas acceptés`;
  const parsed = schema.safeParse(value);
  if (parsed.success) return undefined;
  return value === ''
    ? `${name} : ${parsed.error.issues[0].message}`
    : `${name} ${quote(value)} : ${parsed.error.issues[0].message}`;
}

/**
 * Reads a class list: each non-blank row below the header becomes a pupil, or a rejected row
 * with its French reasons (empty or too long name, markup, unknown level, the same pupil twice
 * in the file). Fails as a whole when the header cannot be found or the file holds more than
 * MAX_CLASS_LIST_ROWS pupils. Rows are numbered as the spreadsheet shows them.
 */
export function readClassListTable(table: string[][]): ClassListReading {
  const located = locateHeader(table, CLASS_LIST_COLUMNS, {
    searchRows: HEADER_SEARCH_ROWS,
    missingHint: 'L’en-tête du fichier doit nommer les colonnes Nom, Prénom, Classe et Niveau (ou MEF).'
  });
  if (!located.ok) return located;
  const { headerIndex, positions } = located;
  const dataRows = table.slice(headerIndex + 1).filter((cells) => !isBlankRow(cells)).length;
  if (dataRows > MAX_CLASS_LIST_ROWS) {
    return {
      ok: false,
      error: `Le fichier compte ${dataRows.toLocaleString('fr-FR')} lignes d’élèves : ${MAX_CLASS_LIST_ROWS.toLocaleString('fr-FR')} au plus. Importez la liste des classes de 3e seulement.`
    };
  }

  const cellOf = (cells: string[], column: ClassListColumn) => {
    const position = positions.get(column);
    return position === undefined ? '' : cleanCell(cells[position] ?? '');
  };
  const rows: ClassListRow[] = [];
  const rejected: { row: number; reason: string }[] = [];
  const firstRowOf = new Map<string, number>();
  for (let index = headerIndex + 1; index < table.length; index++) {
    const cells = table[index];
    if (isBlankRow(cells)) continue;
    const row = index + 1;
    const lastName = cellOf(cells, 'usageName') || cellOf(cells, 'lastName');
    const firstName = cellOf(cells, 'firstName');
    const pupilClass = cellOf(cells, 'className');
    const levelCell = cellOf(cells, 'level');
    const mefCell = cellOf(cells, 'mef');
    const level = levelFromLabel(levelCell) ?? levelFromLabel(mefCell);

    const reasons = [
      textProblem('Nom', lastName, pupilIdentity.shape.lastName),
      textProblem('Prénom', firstName, pupilIdentity.shape.firstName),
      textProblem('Classe', pupilClass, className)
    ].filter((reason) => reason !== undefined);
    if (!level) {
      const value = levelCell || mefCell;
      reasons.push(
        value === ''
          ? `Niveau : vide (niveaux acceptés : ${ACCEPTED_LEVELS})`
          : `Niveau ${quote(value)} : niveau non concerné par la procédure (niveaux acceptés : ${ACCEPTED_LEVELS})`
      );
    }
    if (!level || reasons.length > 0) {
      rejected.push({ row, reason: reasons.join(' ; ') });
      continue;
    }
    // The same child twice: names compared without case, accents, hyphens or spaces.
    const key = `${slugify(lastName)}|${slugify(firstName)}`;
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      rejected.push({ row, reason: `même élève que la ligne ${first} (${lastName} ${firstName})` });
      continue;
    }
    firstRowOf.set(key, row);
    rows.push({ row, lastName, firstName, className: pupilClass, level });
  }
  return { ok: true, rows, rejected };
}

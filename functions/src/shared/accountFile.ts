import { MAX_ACCOUNT_ROWS, type AccountReportLine, type AccountRowInput } from './account.js';
import { columnMatcher, isBlankRow, locateHeader, type TableColumns } from './tableHeader.js';

/**
 * A file of staff accounts (CSV or Excel, read as a table of cells) turned into the rows
 * manageAccounts validates. Columns are found by their header, whatever its accents, case or
 * spacing, in any order; other columns are ignored.
 */

type AccountColumn = 'displayName' | 'firstName' | 'email' | 'role' | 'uai';

const ACCOUNT_COLUMNS: TableColumns<AccountColumn> = {
  // A separate first-name column is joined to the name.
  meanings: {
    displayName: { phrases: ['nom', 'name'], extras: ['prénom', 'complet', 'usage', 'agent', 'personne'] },
    firstName: { phrases: ['prénom', 'first name'], extras: ['agent', 'usuel'] },
    email: {
      phrases: ['courriel', 'email', 'mail', 'mél', 'adresse électronique'],
      extras: ['adresse', 'professionnelle', 'académique', 'électronique', 'agent']
    },
    role: { phrases: ['rôle', 'profil', 'fonction'], extras: ['PASSPRO', 'compte'] },
    uai: { phrases: ['UAI', 'RNE'], extras: ['code', 'numéro', 'établissement'] }
  },
  names: { displayName: 'Nom', firstName: 'Prénom', email: 'Courriel', role: 'Rôle', uai: 'UAI' },
  // UAI may be left out by a file of académie accounts only.
  required: ['displayName', 'email', 'role']
};

/** Title rows, notes or blank rows a file may have above its header. */
const HEADER_SEARCH_ROWS = 10;

/** The rows of an account file, or why the file as a whole cannot be read. */
export type AccountFileReading =
  | {
      ok: true;
      /** Rows to send to manageAccounts. */
      rows: AccountRowInput[];
      /** Rows refused before sending, because their cells do not fit the header. */
      rejected: AccountReportLine[];
    }
  | { ok: false; error: string };

/** The column each header cell names ("Adresse électronique" → email), or undefined. */
export const accountColumnOf = columnMatcher(ACCOUNT_COLUMNS);

/**
 * Reads a table whose header (the first row naming the columns Nom, Courriel, Rôle, UAI, and
 * optionally Prénom, maybe below a title) is found by meaning. Each later non-blank row becomes a
 * row numbered as in the file (1-based); blank rows are skipped. Cells are passed on as written: manageAccounts validates them.
 */
export function readAccountTable(table: string[][]): AccountFileReading {
  const located = locateHeader(table, ACCOUNT_COLUMNS, {
    searchRows: HEADER_SEARCH_ROWS,
    missingHint: 'L’en-tête du fichier doit nommer les colonnes Nom, Courriel, Rôle et UAI.'
  });
  if (!located.ok) return located;
  const { headerIndex, positions } = located;
  const header = table[headerIndex];

  const cellOf = (cells: string[], column: AccountColumn) => {
    const position = positions.get(column);
    return position === undefined ? '' : (cells[position] ?? '').trim();
  };
  const rows: AccountRowInput[] = [];
  const rejected: AccountReportLine[] = [];
  for (let index = headerIndex + 1; index < table.length; index++) {
    const cells = table[index];
    if (isBlankRow(cells)) continue;
    const row = index + 1;
    // Cells beyond the header usually mean an unquoted separator inside a name: the cells are
    // shifted, so the address is whichever cell looks like one.
    if (!isBlankRow(cells.slice(header.length))) {
      rejected.push({
        row,
        email: cells.find((cell) => cell.includes('@'))?.trim() ?? '',
        outcome: 'rejected',
        reason: `ligne mal formée : plus de valeurs (${cells.length}) que de colonnes (${header.length}) ; un séparateur dans un nom doit être entre guillemets`
      });
      continue;
    }
    const firstName = cellOf(cells, 'firstName');
    const name = cellOf(cells, 'displayName');
    rows.push({
      row,
      displayName: firstName ? `${firstName} ${name}`.trim() : name,
      email: cellOf(cells, 'email'),
      role: cellOf(cells, 'role'),
      uai: cellOf(cells, 'uai')
    });
  }

  if (rows.length > MAX_ACCOUNT_ROWS) {
    return {
      ok: false,
      error: `Le fichier compte ${rows.length} comptes : ${MAX_ACCOUNT_ROWS} au plus par import. Découpez-le en plusieurs fichiers.`
    };
  }
  return { ok: true, rows, rejected };
}

/** The lines of two partial reports (the file's and the function's) in file order. */
export function mergeAccountReports(...reports: AccountReportLine[][]): AccountReportLine[] {
  return reports.flat().sort((a, b) => a.row - b.row);
}

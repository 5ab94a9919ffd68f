import { cleanCell, isBlankRow, locateHeader, type TableColumns } from '../tableHeader.js';

export { cleanCell };

/**
 * The columns of the académie's catalogue file (« catalogue Passpro », one row per formation),
 * recognised whatever the year's spelling of their header.
 */
export type CatalogueColumn =
  | 'domain'
  | 'departement'
  | 'city'
  | 'lycee'
  | 'uai'
  | 'diploma'
  | 'specialty'
  | 'interviewFormat'
  | 'capacity'
  | 'email';

export const CATALOGUE_COLUMNS: TableColumns<CatalogueColumn> = {
  meanings: {
    domain: { phrases: ['domaine', 'champ professionnel'], extras: ['professionnel', 'formation', 'métiers'] },
    departement: { phrases: ['département'], extras: ['code', 'numéro'] },
    city: { phrases: ['ville', 'commune', 'localité'], extras: ['établissement', 'lycée', 'nom'] },
    lycee: {
      phrases: ['établissement', 'lycée', 'appellation', 'dénomination'],
      extras: ['nom', 'accueil', 'libellé', 'officielle', 'professionnel']
    },
    uai: { phrases: ['UAI', 'RNE'], extras: ['code', 'numéro', 'établissement', 'lycée'] },
    diploma: {
      phrases: ['diplôme', 'niveau', 'type de formation', 'voie'],
      extras: ['préparé', 'formation', 'type', 'niveau', 'libellé']
    },
    specialty: {
      phrases: ['spécialité', 'famille de métiers', 'formation', 'intitulé', 'libellé'],
      extras: ['nom']
    },
    interviewFormat: { phrases: ['modalité', 'entretien'], extras: ['type', 'forme', 'format'] },
    capacity: {
      phrases: ['capacité', 'places', 'effectif'],
      extras: ['accueil', 'nombre', 'offertes', 'total', 'maximum', 'prévu']
    },
    email: {
      phrases: ['courriel', 'email', 'mail', 'mél', 'adresse électronique'],
      extras: ['adresse', 'établissement', 'lycée', 'contact', 'fonctionnelle', 'électronique']
    }
  },
  // The headers of the académie's sample file, which the export writes too.
  names: {
    domain: 'Domaine',
    departement: 'Département',
    city: 'Ville',
    lycee: 'Établissement',
    uai: 'UAI',
    diploma: 'Diplôme',
    specialty: 'Spécialité ou famille de métiers',
    interviewFormat: 'Modalité d’entretien',
    capacity: 'Capacité d’accueil',
    email: 'Courriel de l’établissement'
  },
  // The département can be read from the UAI.
  required: ['domain', 'city', 'lycee', 'uai', 'diploma', 'specialty', 'interviewFormat', 'capacity', 'email']
};

/** The columns in the order of the sample file, for exports and previews. */
export const CATALOGUE_COLUMN_ORDER: readonly CatalogueColumn[] = [
  'domain',
  'departement',
  'city',
  'lycee',
  'uai',
  'diploma',
  'specialty',
  'interviewFormat',
  'capacity',
  'email'
];

/** Title rows, notes or blank rows a file may have above its header. */
const HEADER_SEARCH_ROWS = 10;

/** One data row of the file: its number as Excel shows it, and its cells by column (trimmed, '' when absent). */
export interface CatalogueFileRow {
  row: number;
  cells: Record<CatalogueColumn, string>;
}

export type CatalogueTableReading = { ok: true; rows: CatalogueFileRow[] } | { ok: false; error: string };

/**
 * Reads a table (row i of the array = row i + 1 of the sheet) whose header may sit below a title
 * or blank rows. Every later non-blank row becomes a row of the file, numbered as in Excel.
 */
export function readCatalogueTable(table: readonly (readonly string[])[]): CatalogueTableReading {
  const header = locateHeader(table, CATALOGUE_COLUMNS, {
    searchRows: HEADER_SEARCH_ROWS,
    missingHint: `L’en-tête du fichier doit nommer les colonnes ${CATALOGUE_COLUMN_ORDER.map((c) => CATALOGUE_COLUMNS.names[c]).join(', ')}.`
  });
  if (!header.ok) return header;
  const rows: CatalogueFileRow[] = [];
  for (let index = header.headerIndex + 1; index < table.length; index++) {
    const cells = table[index];
    if (isBlankRow(cells)) continue;
    const byColumn = Object.fromEntries(
      CATALOGUE_COLUMN_ORDER.map((column) => {
        const position = header.positions.get(column);
        return [column, position === undefined ? '' : cleanCell(cells[position] ?? '')];
      })
    ) as Record<CatalogueColumn, string>;
    rows.push({ row: index + 1, cells: byColumn });
  }
  return { ok: true, rows };
}

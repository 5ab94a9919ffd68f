import { isBlankRow, locateHeader, type TableColumns } from '../tableHeader.js';

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
  spellings: {
    domain: ['domaine', 'domaines', 'domaine-professionnel', 'domaine-de-formation', 'champ-professionnel'],
    departement: ['departement', 'dept', 'dep', 'dpt', 'code-departement', 'n-departement', 'numero-departement'],
    city: [
      'ville',
      'commune',
      'localite',
      'ville-de-l-etablissement',
      'commune-de-l-etablissement',
      'ville-etablissement'
    ],
    lycee: [
      'etablissement',
      'etablissement-d-accueil',
      'nom-de-l-etablissement',
      'nom-etablissement',
      'lycee',
      'lycee-d-accueil',
      'nom-du-lycee',
      'appellation',
      'denomination'
    ],
    uai: ['uai', 'rne', 'code-uai', 'uai-rne', 'rne-uai', 'uai-de-l-etablissement', 'n-uai', 'numero-uai', 'code-rne'],
    diploma: ['diplome', 'niveau', 'niveau-de-formation', 'diplome-prepare', 'type-de-diplome', 'type-de-formation'],
    specialty: [
      'specialite-ou-famille-de-metiers',
      'specialite-famille-de-metiers',
      'specialite',
      'famille-de-metiers',
      'formation',
      'intitule',
      'intitule-de-la-formation',
      'libelle',
      'libelle-de-la-formation'
    ],
    interviewFormat: [
      'modalite-d-entretien',
      'modalite-de-l-entretien',
      'modalite-des-entretiens',
      'modalite',
      'type-d-entretien',
      'entretien'
    ],
    capacity: [
      'capacite-d-accueil',
      'capacite',
      'capacite-accueil',
      'places',
      'nombre-de-places',
      'nb-places',
      'places-offertes'
    ],
    email: [
      'courriel-de-l-etablissement',
      'courriel',
      'courriel-etablissement',
      'email',
      'e-mail',
      'mail',
      'mel',
      'adresse-electronique',
      'adresse-mail',
      'adresse-courriel'
    ]
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

/** Spaces as spreadsheets hold them (non-breaking ones, runs, line breaks in a cell) made plain. */
export const cleanCell = (value: string) => value.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

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

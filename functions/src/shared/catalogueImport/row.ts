import { z } from 'zod';
import { formation, slugify } from '../catalogue.js';
import { uaiDepartement } from '../uai.js';
import { CATALOGUE_COLUMNS, type CatalogueColumn, type CatalogueFileRow } from './columns.js';
import { readCapacity, readDepartement, readDiploma, readEmail, readInterviewFormat } from './values.js';

/** A formation as the file describes it: everything but the texts, which the lycée writes. */
export const importedFormation = formation.omit({ texts: true });
export type ImportedFormation = z.infer<typeof importedFormation>;

/** The fields the import writes on a formation, in the order the preview lists changes. */
export const IMPORTED_FIELDS = [
  'domainLabel',
  'domainId',
  'lyceeName',
  'departement',
  'city',
  'specialty',
  'interviewFormat',
  'capacity',
  'contactEmail'
] as const satisfies readonly (keyof ImportedFormation)[];
export type ImportedField = (typeof IMPORTED_FIELDS)[number];

/** The file column each field of a formation comes from, to name it in messages. */
export const COLUMN_OF_FIELD: Record<keyof ImportedFormation, CatalogueColumn> = {
  campaignId: 'domain', // never reported: the campaign is not read from the file
  domainId: 'domain',
  domainLabel: 'domain',
  uai: 'uai',
  lyceeName: 'lycee',
  departement: 'departement',
  city: 'city',
  diploma: 'diploma',
  specialty: 'specialty',
  interviewFormat: 'interviewFormat',
  capacity: 'capacity',
  contactEmail: 'email'
};

export type RowReading = { ok: true; formation: ImportedFormation } | { ok: false; reason: string };

/**
 * Normalises and validates one row of the file with the shared schema. A refused row gets one
 * French reason per faulty column, naming the column and quoting the value.
 */
export function readCatalogueRow({ cells }: CatalogueFileRow, campaignId: string): RowReading {
  const input = {
    campaignId,
    domainId: slugify(cells.domain),
    domainLabel: cells.domain,
    uai: cells.uai,
    lyceeName: cells.lycee,
    departement: readDepartement(cells.departement, cells.uai),
    city: cells.city,
    diploma: readDiploma(cells.diploma),
    specialty: cells.specialty,
    interviewFormat: readInterviewFormat(cells.interviewFormat),
    capacity: readCapacity(cells.capacity),
    contactEmail: readEmail(cells.email)
  };
  const contradiction = departementContradiction(input.departement, input.uai);
  const parsed = importedFormation.safeParse(input);
  if (parsed.success && !contradiction) return { ok: true, formation: parsed.data };
  const reasons = parsed.success ? new Map<CatalogueColumn, string>() : issuesByColumn(parsed.error, cells);
  // Its own reason, whatever else is wrong: the académie corrects one cell or the other.
  if (contradiction) reasons.set('departement', contradiction);
  return { ok: false, reason: describeReasons(reasons, cells) };
}

/**
 * Why a département contradicts the UAI, whose first three digits encode it (093… is in the 93),
 * or undefined when they agree or either cannot be read.
 */
function departementContradiction(departement: string, uaiCell: string): string | undefined {
  const uai = uaiCell.replace(/\s+/g, '').toUpperCase();
  if (!/^\d{2}$/.test(departement) || !/^0\d{6}[A-Z]$/.test(uai) || uaiDepartement(uai) === departement)
    return undefined;
  return `ne correspond pas à l’UAI ${uai}, dont les chiffres ${uai.slice(0, 3)} désignent le département ${uaiDepartement(uai)}`;
}

/** The first issue of each column. */
function issuesByColumn(error: z.ZodError, cells: Record<CatalogueColumn, string>): Map<CatalogueColumn, string> {
  const byColumn = new Map<CatalogueColumn, string>();
  for (const issue of error.issues) {
    const field = issue.path[0] as keyof ImportedFormation;
    const column = COLUMN_OF_FIELD[field];
    if (byColumn.has(column)) continue;
    // An empty domain fails twice (label and id): « ne doit pas être vide » says it best. An empty
    // département was to be read from the UAI: the UAI's own message says what is wrong.
    if ((field === 'domainId' && cells.domain === '') || (field === 'departement' && cells.departement === ''))
      continue;
    // The domain's id is its label's slug: only a label without letters or digits gets here.
    const message = field === 'domainId' ? 'libellé sans lettres ni chiffres' : issue.message;
    byColumn.set(column, message);
  }
  return byColumn;
}

/** One message per column, in the file's column order, naming the column and quoting the value. */
function describeReasons(byColumn: Map<CatalogueColumn, string>, cells: Record<CatalogueColumn, string>): string {
  const columns = (Object.keys(CATALOGUE_COLUMNS.names) as CatalogueColumn[]).filter((column) => byColumn.has(column));
  return columns
    .map((column) => {
      const value = cells[column];
      const name = CATALOGUE_COLUMNS.names[column];
      return value === '' ? `${name} : ${byColumn.get(column)}` : `${name} « ${value} » : ${byColumn.get(column)}`;
    })
    .join(' ; ');
}

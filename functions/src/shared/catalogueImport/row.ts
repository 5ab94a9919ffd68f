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
  const parsed = importedFormation.safeParse(input);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error, cells) };
  const parsedFormation = parsed.data;
  if (uaiDepartement(parsedFormation.uai) !== parsedFormation.departement) {
    return {
      ok: false,
      reason:
        `${CATALOGUE_COLUMNS.names.departement} « ${cells.departement} » : ne correspond pas à l’UAI ` +
        `${parsedFormation.uai} (département ${uaiDepartement(parsedFormation.uai)})`
    };
  }
  return { ok: true, formation: parsedFormation };
}

/** One message per column, in the file's column order, the first issue of each. */
function describeIssues(error: z.ZodError, cells: Record<CatalogueColumn, string>): string {
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
  const columns = (Object.keys(CATALOGUE_COLUMNS.names) as CatalogueColumn[]).filter((column) => byColumn.has(column));
  return columns
    .map((column) => {
      const value = cells[column];
      const name = CATALOGUE_COLUMNS.names[column];
      return value === '' ? `${name} : ${byColumn.get(column)}` : `${name} « ${value} » : ${byColumn.get(column)}`;
    })
    .join(' ; ');
}

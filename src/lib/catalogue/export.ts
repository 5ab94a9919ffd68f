import { DIPLOMA_LABELS, slugify } from '$shared';
import { CATALOGUE_COLUMN_ORDER, CATALOGUE_COLUMNS, type CatalogueColumn } from '$shared/catalogueImport/columns';
import type { CatalogueEntry } from '$lib/data/catalogue';
import type { SheetContent } from '$lib/spreadsheet/spreadsheet';
import { FACETS, type CatalogueFilters } from './filters';

const INTERVIEW_FORMAT_LABELS = { individuel: 'Individuel', collectif: 'Collectif' } as const;

/** A formation as exported: its texts stay on its page. */
export type ExportedFormation = Omit<CatalogueEntry, 'texts'>;

const CELL: Record<CatalogueColumn, (entry: ExportedFormation) => string | number> = {
  domain: (e) => e.domainLabel,
  departement: (e) => e.departement,
  city: (e) => e.city,
  lycee: (e) => e.lyceeName,
  uai: (e) => e.uai,
  diploma: (e) => DIPLOMA_LABELS[e.diploma],
  specialty: (e) => e.specialty,
  interviewFormat: (e) => INTERVIEW_FORMAT_LABELS[e.interviewFormat],
  capacity: (e) => e.capacity,
  email: (e) => e.contactEmail
};

/** What the export adds after the académie's columns (the import ignores them). */
export interface ExportLinks {
  /** The lycée's postal address, by UAI ('' when unknown). */
  addresses: ReadonlyMap<string, string>;
  /** The app's address, for the link to each formation's page. */
  origin: string;
}

/**
 * The formations as a sheet shaped like the académie's catalogue file (same columns, same
 * headers), so an exported list opens like the file families know and imports back unchanged;
 * then the lycée's address and the link to the formation's page.
 */
export function catalogueSheet(
  entries: readonly ExportedFormation[],
  campaignId: string,
  links: ExportLinks
): SheetContent {
  return {
    sheet: `Catalogue Passpro ${campaignId}`,
    header: [
      ...CATALOGUE_COLUMN_ORDER.map((column) => CATALOGUE_COLUMNS.names[column]),
      'Adresse du lycée',
      'Page de la formation'
    ],
    rows: entries.map((entry) => [
      ...CATALOGUE_COLUMN_ORDER.map((column) => CELL[column](entry)),
      links.addresses.get(entry.uai) ?? '',
      `${links.origin}/catalogue/${entry.id}`
    ])
  };
}

/** « catalogue-passpro-2027-cuisine-93-cap.xlsx »: the campaign, then what was filtered, in the URL's order. */
export function exportFileName(campaignId: string, filters: CatalogueFilters): string {
  const filtered = [...FACETS.map((facet) => filters[facet]), filters.q].map(slugify).filter(Boolean);
  return `${['catalogue-passpro', campaignId, ...filtered].join('-').slice(0, 120)}.xlsx`;
}

/** Offers the formations to the browser as an .xlsx download, named after the campaign and the filters. */
export async function downloadCatalogue(
  entries: readonly ExportedFormation[],
  campaignId: string,
  filters: CatalogueFilters,
  links: ExportLinks
): Promise<void> {
  const { downloadXlsx } = await import('$lib/spreadsheet/spreadsheet');
  await downloadXlsx(catalogueSheet(entries, campaignId, links), exportFileName(campaignId, filters));
}

import { DIPLOMA_LABELS } from '$shared';
import { CATALOGUE_COLUMN_ORDER, CATALOGUE_COLUMNS, type CatalogueColumn } from '$shared/catalogueImport/columns';
import type { CatalogueEntry } from '$lib/data/catalogue';
import type { SheetContent } from '$lib/spreadsheet/spreadsheet';

const INTERVIEW_FORMAT_LABELS = { individuel: 'Individuel', collectif: 'Collectif' } as const;

const CELL: Record<CatalogueColumn, (entry: CatalogueEntry) => string | number> = {
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

/**
 * The formations as a sheet shaped like the académie's catalogue file (same columns, same
 * headers), so an exported list opens like the file families know and imports back unchanged.
 */
export function catalogueSheet(entries: readonly CatalogueEntry[], campaignId: string): SheetContent {
  return {
    sheet: `Catalogue Passpro ${campaignId}`,
    header: CATALOGUE_COLUMN_ORDER.map((column) => CATALOGUE_COLUMNS.names[column]),
    rows: entries.map((entry) => CATALOGUE_COLUMN_ORDER.map((column) => CELL[column](entry)))
  };
}

/** Offers the formations to the browser as an .xlsx download, named after the campaign. */
export async function downloadCatalogue(entries: readonly CatalogueEntry[], campaignId: string): Promise<void> {
  const { downloadXlsx } = await import('$lib/spreadsheet/spreadsheet');
  await downloadXlsx(catalogueSheet(entries, campaignId), `catalogue-passpro-${campaignId}.xlsx`);
}

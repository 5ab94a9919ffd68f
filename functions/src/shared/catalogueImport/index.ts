import { readCatalogueTable } from './columns.js';
import { planReadRows, readCatalogueRows, type CataloguePlan, type ExistingCatalogue } from './plan.js';
import { catalogueWrites, commitInBatches, type CatalogueWrite } from './writes.js';

/**
 * The import of the académie's catalogue file: pure logic shared by the app (web SDK) and the
 * command line (admin SDK), which each give it a CatalogueStore. docs/catalogue.md tells the story.
 */
export * from './columns.js';
export * from './plan.js';
export * from './report.js';
export * from './row.js';
export * from './spelling.js';
export * from './values.js';
export * from './writes.js';

/** Where an import reads the current catalogue and writes the new one: Firestore through one SDK or the other. */
export interface CatalogueStore {
  /** The campaign's formations, the établissements among `uais`, and every domain. */
  read(campaignId: string, uais: readonly string[]): Promise<ExistingCatalogue>;
  /** Writes one batch atomically (at most MAX_BATCH_WRITES writes); a `create` must not overwrite. */
  commit(batch: readonly CatalogueWrite[]): Promise<void>;
}

export type CataloguePreview = { ok: true; plan: CataloguePlan } | { ok: false; error: string };

/**
 * Reads the table of a file (row i = Excel row i + 1) and plans its import into `campaignId`
 * against what the store holds now. Writes nothing.
 */
export async function previewCatalogueImport(
  table: readonly (readonly string[])[],
  campaignId: string,
  store: CatalogueStore
): Promise<CataloguePreview> {
  const reading = readCatalogueTable(table);
  if (!reading.ok) return reading;
  // Each row is validated once; the UAIs of the valid ones are the établissements to compare with.
  const read = readCatalogueRows(reading.rows, campaignId);
  const existing = await store.read(campaignId, [...new Set(read.valid.map((r) => r.formation.uai))]);
  return { ok: true, plan: planReadRows(read, campaignId, existing) };
}

/**
 * Imports the table: plans again against the current state (the catalogue may have changed since
 * the preview), then writes in batches. Resolves with the plan written; rejects with a
 * CatalogueWriteError if a batch fails, after which running it again completes the import.
 */
export async function applyCatalogueImport(
  table: readonly (readonly string[])[],
  campaignId: string,
  store: CatalogueStore,
  onProgress?: (written: number, total: number) => void
): Promise<CataloguePreview> {
  const preview = await previewCatalogueImport(table, campaignId, store);
  if (!preview.ok) return preview;
  await commitInBatches(catalogueWrites(preview.plan), (batch) => store.commit(batch), onProgress);
  return preview;
}

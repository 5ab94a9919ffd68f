import { readCatalogueTable } from './columns.js';
import { planReadRows, readCatalogueRows, type CataloguePlan, type ExistingCatalogue, type ReadRows } from './plan.js';
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

/** A file read and its rows validated once, with its plan against the catalogue at that moment. */
export interface PreparedImport {
  campaignId: string;
  rows: ReadRows;
  plan: CataloguePlan;
}

export type CataloguePreview = ({ ok: true } & PreparedImport) | { ok: false; error: string };

const uaisOf = (rows: ReadRows) => [...new Set(rows.valid.map((r) => r.formation.uai))];

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
  const rows = readCatalogueRows(reading.rows, campaignId);
  const existing = await store.read(campaignId, uaisOf(rows));
  return { ok: true, campaignId, rows, plan: planReadRows(rows, campaignId, existing) };
}

/**
 * Writes a previewed import in batches and resolves with the plan written. The file is not read
 * nor its rows validated again; only the comparison is redone, with the catalogue as it is now, so
 * that a preview left open never overwrites a later change (the web SDK's batch has no create-only
 * write) and running it again after an interruption writes only what is missing. Rejects with a
 * CatalogueWriteError if a batch fails.
 */
export async function applyCatalogueImport(
  prepared: PreparedImport,
  store: CatalogueStore,
  onProgress?: (written: number, total: number) => void
): Promise<CataloguePlan> {
  const { campaignId, rows } = prepared;
  const plan = planReadRows(rows, campaignId, await store.read(campaignId, uaisOf(rows)));
  await commitInBatches(catalogueWrites(plan), (batch) => store.commit(batch), onProgress);
  return plan;
}

/** Previews and writes in one go, when no one needs to see the preview first (tests, benchmark). */
export async function importCatalogue(
  table: readonly (readonly string[])[],
  campaignId: string,
  store: CatalogueStore
): Promise<CataloguePreview> {
  const preview = await previewCatalogueImport(table, campaignId, store);
  if (!preview.ok) return preview;
  return { ...preview, plan: await applyCatalogueImport(preview, store) };
}

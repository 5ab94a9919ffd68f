import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Firestore } from 'firebase-admin/firestore';
import { COLLECTIONS } from '../../functions/src/shared/index.js';
import {
  applyCatalogueImport,
  catalogueWrites,
  CatalogueWriteError,
  formatImportReport,
  planSummary,
  previewCatalogueImport
} from '../../functions/src/shared/catalogueImport/index.js';
import { isFileError, readFirstSheet } from '../../src/lib/spreadsheet/spreadsheet.js';
import { adminCatalogueStore } from './adminStore.js';
import type { CatalogueImportCommand } from './options.js';

/** The exit codes of `npm run catalogue:import` (its usage lists them). */
export const EXIT = { imported: 0, rowsLeftOut: 1, invalid: 2, interrupted: 3 } as const;

/** The campaign with the highest id (the year of the rentrée), as the app calls current. */
async function latestCampaignId(db: Firestore): Promise<string | null> {
  const campaigns = await db.collection(COLLECTIONS.campaigns).get();
  return campaigns.docs
    .map((doc) => doc.id)
    .reduce<string | null>((latest, id) => (latest && latest > id ? latest : id), null);
}

/**
 * Runs an import from the command line: reads the file, prints the same report as the app's
 * preview, then writes — unless rows were left out (rejected or in conflict) and
 * --accept-rejected was not given, or --dry-run was. Resolves with the exit code.
 */
export async function runCatalogueImport(
  command: CatalogueImportCommand,
  db: Firestore,
  print: (text: string) => void
): Promise<number> {
  let table: string[][];
  try {
    const bytes = readFileSync(command.file);
    table = await readFirstSheet(
      basename(command.file),
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    );
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (!isFileError(error) && !missing) throw error;
    print(missing ? `Fichier introuvable : ${command.file}` : (error as Error).message);
    return EXIT.invalid;
  }

  const campaignId = command.campaignId ?? (await latestCampaignId(db));
  if (!campaignId) {
    print('Aucune campagne dans Firestore : créez-la d’abord, ou indiquez --campaign AAAA.');
    return EXIT.invalid;
  }
  if (!(await db.collection(COLLECTIONS.campaigns).doc(campaignId).get()).exists) {
    print(
      `Attention : la campagne ${campaignId} n’existe pas encore ; les lycées ne pourront écrire leurs textes qu’une fois créée.`
    );
  }

  const store = adminCatalogueStore(db);
  const preview = await previewCatalogueImport(table, campaignId, store);
  if (!preview.ok) {
    print(preview.error);
    return EXIT.invalid;
  }
  print(formatImportReport(preview.plan, false));

  const leftOut = preview.plan.rejected.length + preview.plan.conflicts.length;
  if (leftOut > 0 && !command.acceptRejected) {
    print(
      '\nRien n’a été écrit : corrigez le fichier, ou relancez avec --accept-rejected pour importer les autres lignes.'
    );
    return EXIT.rowsLeftOut;
  }
  if (catalogueWrites(preview.plan).length === 0) {
    print('\nLe catalogue est déjà à jour : rien à écrire.');
    return EXIT.imported;
  }
  if (command.dryRun) {
    print('\nAperçu seulement (--dry-run) : rien n’a été écrit.');
    return EXIT.imported;
  }

  try {
    const written = await applyCatalogueImport(preview, store, (done, total) =>
      print(`Écritures : ${done} / ${total}`)
    );
    print(`\nImport terminé.\n${planSummary(written, true).join('\n')}`);
    return EXIT.imported;
  } catch (error) {
    if (!(error instanceof CatalogueWriteError)) throw error;
    print(error.message);
    return EXIT.interrupted;
  }
}

/**
 * The inside of `npm run bench:catalogue`, run by scripts/bench-catalogue.ts within
 * `firebase emulators:exec` (which sets FIRESTORE_EMULATOR_HOST and FIREBASE_AUTH_EMULATOR_HOST).
 * Times the reading and planning of a large file (benchFile.ts), the import of a generated
 * catalogue through the Admin SDK, then the public catalogue in Chromium, against the built app.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getFirestore } from 'firebase-admin/firestore';
import { deleteApp, initializeApp } from 'firebase-admin/app';
import {
  applyCatalogueImport,
  importCatalogue,
  catalogueWrites,
  previewCatalogueImport
} from '../../functions/src/shared/catalogueImport/index.js';
import { readFirstSheet, writeXlsx } from '../../src/lib/spreadsheet/spreadsheet.js';
import { launchChromium } from '../lib/chromium.js';
import { DEMO_PROJECT_ID, readLocalConfig } from '../lib/localConfig.js';
import { CACHE_DIR, REPO_ROOT } from '../lib/paths.js';
import { serveLocalBuild } from '../lib/staticServer.js';
import { seedDemo } from '../seed/index.js';
import { adminCatalogueStore } from './adminStore.js';
import { benchLargeFile, timed } from './benchFile.js';
import { generateCatalogueSheet } from './generateCatalogue.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 2000);

async function benchImport(file: string, campaignId: string): Promise<void> {
  const app = initializeApp({ projectId: process.env.GCLOUD_PROJECT || DEMO_PROJECT_ID }, 'passpro-bench');
  const store = adminCatalogueStore(getFirestore(app));
  try {
    const bytes = readFileSync(file);
    const { result: table } = await timed(`Lecture du fichier .xlsx (${ROWS} lignes)`, () =>
      readFirstSheet(file, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    );
    const { result: preview } = await timed('Aperçu (validation, lecture de Firestore, comparaison)', () =>
      previewCatalogueImport(table, campaignId, store)
    );
    if (!preview.ok) throw new Error(preview.error);
    const writes = catalogueWrites(preview.plan).length;
    await timed(`Confirmation (nouvelle comparaison puis ${writes} écritures par lots de 500)`, () =>
      applyCatalogueImport(preview, store)
    );
    await timed('Second import du même fichier (aperçu, rien à écrire)', () =>
      importCatalogue(table, campaignId, store)
    );
  } finally {
    await deleteApp(app);
  }
}

async function benchBrowser(appUrl: string, domainId: string): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ locale: 'fr-FR' });
    page.setDefaultTimeout(60_000);
    const results = page.locator('#resultats');
    const filtered = `${appUrl}/catalogue?domaine=${domainId}&q=electricien`;
    await timed('Navigateur : premiers résultats filtrés (lien partagé, sans cache)', async () => {
      await page.goto(filtered);
      await results.waitFor();
    });
    console.log(`  → ${(await results.innerText()).replace(/\s+/g, ' ')}`);
    await timed('Navigateur : changement de filtre (département)', async () => {
      const before = await results.innerText();
      await page.getByLabel('Département').selectOption('93');
      await page.waitForFunction(
        (text) => document.querySelector('#resultats')?.textContent?.trim() !== text.trim(),
        before
      );
    });
    await timed('Navigateur : rechargement (catalogue en sessionStorage)', async () => {
      await page.reload();
      await results.waitFor();
    });
  } finally {
    await browser.close();
  }
}

const config = readLocalConfig(REPO_ROOT);
const summary = await seedDemo();
const withinBudget = await benchLargeFile(summary.campaign.id);
console.log(`Démo écrite : campagne ${summary.campaign.id}, ${summary.counts.formations} formations.`);

mkdirSync(CACHE_DIR, { recursive: true });
const file = join(CACHE_DIR, `catalogue-bench-${ROWS}.xlsx`);
const sheet = generateCatalogueSheet(ROWS);
writeFileSync(file, await writeXlsx(sheet));
console.log(`Fichier généré : ${file}\n`);

await benchImport(file, summary.campaign.id);
const app = await serveLocalBuild(REPO_ROOT, config);
try {
  await benchBrowser(app.url, 'electricite-energie');
} finally {
  await app.close();
}
if (!withinBudget) process.exitCode = 1;

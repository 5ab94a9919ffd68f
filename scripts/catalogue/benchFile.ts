import {
  planCatalogueImport,
  readCatalogueTable,
  type ExistingCatalogue
} from '../../functions/src/shared/catalogueImport/index.js';
import { readFirstSheet, writeXlsx } from '../../src/lib/spreadsheet/spreadsheet.js';
import { generateCatalogueSheet } from './generateCatalogue.js';

/**
 * The file half of `npm run bench:catalogue`: a catalogue of BENCH_LARGE_ROWS rows (50,000 by
 * default, twenty times a large académie's) read as .xlsx and as .csv, its header found, its rows
 * validated and planned, within a budget of BENCH_LARGE_BUDGET seconds (30 by default) for the
 * .xlsx path — the one the app runs, in its Web Worker then on the page. The budget counts the
 * process's CPU time, which a machine shared with other jobs does not inflate as it does the
 * elapsed time (both are printed). Then 40,000 identical
 * rows, which took half a minute while grouping copied its array on each insert. No Firestore:
 * the plan is made against an empty catalogue, so only the import's own work is measured.
 */

const ROWS = Number(process.env.BENCH_LARGE_ROWS ?? 50_000);
const BUDGET_SECONDS = Number(process.env.BENCH_LARGE_BUDGET ?? 30);
const IDENTICAL_ROWS = 40_000;
const EMPTY: ExistingCatalogue = { formations: [], establishments: [], domains: [] };

const seconds = (ms: number) => `${(ms / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 2 })} s`;

/**
 * Runs `step`, prints how long it took (elapsed, and CPU time of the process), and resolves with
 * its result and its CPU time in ms.
 */
export async function timed<T>(label: string, step: () => T | Promise<T>): Promise<{ result: T; cpuMs: number }> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = await step();
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(`${label.padEnd(60, '.')} ${seconds(performance.now() - started)} (CPU ${seconds(cpuMs)})`);
  return { result, cpuMs };
}

const arrayBufferOf = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** Prints the times; resolves with false when the .xlsx path went over its budget. */
export async function benchLargeFile(campaignId: string): Promise<boolean> {
  const sheet = generateCatalogueSheet(ROWS);
  const quote = (cell: string | number) => `"${String(cell).replaceAll('"', '""')}"`;
  const csv = [sheet.header, ...sheet.rows].map((cells) => cells.map(quote).join(';')).join('\r\n');
  const xlsx = await writeXlsx(sheet);
  console.log(
    `Fichier de ${ROWS.toLocaleString('fr-FR')} lignes : .xlsx de ${(xlsx.byteLength / 1024 / 1024).toFixed(1)} Mo\n`
  );

  const read = await timed(`Lecture du .xlsx (${ROWS} lignes)`, () =>
    readFirstSheet('catalogue.xlsx', arrayBufferOf(xlsx))
  );
  await timed(`Lecture du .csv (${ROWS} lignes)`, () =>
    readFirstSheet('catalogue.csv', arrayBufferOf(new TextEncoder().encode(csv)))
  );
  const table = await timed('En-tête et cellules', () => readCatalogueTable(read.result));
  if (!table.result.ok) throw new Error(table.result.error);
  const rows = table.result.rows;
  const plan = await timed('Validation et plan (catalogue vide)', () => planCatalogueImport(rows, campaignId, EMPTY));
  console.log(
    `  → ${plan.result.formations.length} formations, ${plan.result.rejected.length} rejets, ${plan.result.merged.length} doublons`
  );

  const identical = Array.from({ length: IDENTICAL_ROWS }, (_, i) => ({ ...rows[0], row: i + 2 }));
  const merged = await timed(`${IDENTICAL_ROWS} lignes identiques`, () =>
    planCatalogueImport(identical, campaignId, EMPTY)
  );
  console.log(`  → ${merged.result.formations.length} formation, ${merged.result.merged.length} doublons fusionnés`);

  const total = read.cpuMs + table.cpuMs + plan.cpuMs;
  const within = total <= BUDGET_SECONDS * 1000;
  console.log(
    `\nFichier de ${ROWS} lignes lu et planifié en ${seconds(total)} de CPU : budget de ${BUDGET_SECONDS} s ${within ? 'respecté' : 'DÉPASSÉ'}.\n`
  );
  return within;
}

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formationId, type Formation } from '$shared';
import {
  applyCatalogueImport,
  importCatalogue,
  previewCatalogueImport,
  rowOutcomes,
  type CataloguePlan
} from '$shared/catalogueImport';
import { catalogueSheet } from '$lib/catalogue/export';
import { readSpreadsheet, writeXlsx } from '$lib/spreadsheet/spreadsheet';
import { sampleCatalogueBytes } from '../fixtures';
import { memoryCatalogueStore } from './support/memoryCatalogueStore';

/**
 * The catalogue import end to end in memory: real .xlsx files (the académie's sample, and variants
 * written here with exceljs) read as the app reads them, planned, written and read back.
 */

const CAMPAIGN = '2027';
/** The formation of the sample's row 2, whose « Capacité d'accueil » (15) is cell [1][8]. */
const ROW_2_FORMATION = formationId({
  campaignId: CAMPAIGN,
  uai: '0770124S',
  diploma: 'CAP',
  specialty: 'Accompagnant éducatif petite enfance'
});

async function tableOf(bytes: ArrayBuffer, name = 'catalogue.xlsx'): Promise<string[][]> {
  const [sheet] = await readSpreadsheet(name, bytes);
  return sheet.table;
}

async function preview(table: string[][], store = memoryCatalogueStore().store): Promise<CataloguePlan> {
  const result = await previewCatalogueImport(table, CAMPAIGN, store);
  if (!result.ok) throw new Error(result.error);
  return result.plan;
}

/** A workbook of one sheet holding `rows` from row 1, as a year's file might look. */
async function workbook(rows: ExcelJS.CellValue[][]): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Catalogue');
  rows.forEach((cells, index) => {
    cells.forEach((value, column) => {
      if (value !== null) sheet.getCell(index + 1, column + 1).value = value;
    });
  });
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}

describe('the académie’s sample catalogue file', () => {
  it('is read whole: every one of its 177 rows becomes a formation to create', async () => {
    const plan = await preview(await tableOf(sampleCatalogueBytes()));
    expect(plan.rowCount).toBe(177);
    expect(rowOutcomes(plan)).toHaveLength(177);
    expect(rowOutcomes(plan).every((r) => r.outcome === 'created')).toBe(true);
    expect(rowOutcomes(plan).map((r) => r.row)).toEqual(Array.from({ length: 177 }, (_, i) => i + 2));
    expect(plan.lycees).toHaveLength(40);
    expect(plan.domains).toHaveLength(10);
    expect([plan.rejected, plan.merged, plan.conflicts]).toEqual([[], [], []]);
  });

  it('reads its first row as a formation of the catalogue', async () => {
    const plan = await preview(await tableOf(sampleCatalogueBytes()));
    expect(plan.formations[0].formation).toEqual({
      campaignId: CAMPAIGN,
      domainId: 'sante-social-services-a-la-personne',
      domainLabel: 'Santé, social, services à la personne',
      uai: '0770124S',
      lyceeName: 'Lycée professionnel Jean Moulin',
      departement: '77',
      city: 'Torcy',
      diploma: 'CAP',
      specialty: 'Accompagnant éducatif petite enfance',
      interviewFormat: 'individuel',
      capacity: 15,
      contactEmail: 'ce.0770124s@ac-creteil.fr'
    });
  });

  it('changes nothing when imported a second time', async () => {
    const memory = memoryCatalogueStore();
    const table = await tableOf(sampleCatalogueBytes());
    await importCatalogue(table, CAMPAIGN, memory.store);
    const written = structuredClone(memory.collections);
    const commitsAfterFirst = memory.commits();

    const second = await importCatalogue(table, CAMPAIGN, memory.store);
    expect(second.ok && rowOutcomes(second.plan).every((r) => r.outcome === 'unchanged')).toBe(true);
    expect(memory.commits()).toBe(commitsAfterFirst);
    expect(memory.collections).toEqual(written);
  });

  it('writes a preview without reading the file again, compared with the catalogue as it is when confirmed', async () => {
    const memory = memoryCatalogueStore();
    const table = await tableOf(sampleCatalogueBytes());
    const prepared = await previewCatalogueImport(table, CAMPAIGN, memory.store);
    if (!prepared.ok) throw new Error(prepared.error);
    table[1][8] = '99'; // the file changes after its preview: what was read then is written
    // Meanwhile a lycée writes its texts into a formation another import created.
    await importCatalogue(table, CAMPAIGN, memory.store);
    const texts = { attendus: 'Aimer les enfants.', metiers: '', conditions: '' };
    (memory.collections.formations.get(ROW_2_FORMATION) as Formation).texts = texts;

    const written = await applyCatalogueImport(prepared, memory.store);
    expect(written.formations.find((f) => f.id === ROW_2_FORMATION)).toMatchObject({ outcome: 'updated' });
    expect(memory.collections.formations.get(ROW_2_FORMATION)).toMatchObject({ capacity: 15, texts });
    const again = await applyCatalogueImport(prepared, memory.store);
    expect(rowOutcomes(again).every((r) => r.outcome === 'unchanged')).toBe(true);
  });

  it('keeps the texts a lycée wrote when the file is imported again with new capacities', async () => {
    const memory = memoryCatalogueStore();
    const table = await tableOf(sampleCatalogueBytes());
    await importCatalogue(table, CAMPAIGN, memory.store);
    const texts = { attendus: 'Aimer les enfants.', metiers: 'Auxiliaire de crèche.', conditions: 'Stages en crèche.' };
    (memory.collections.formations.get(ROW_2_FORMATION) as Formation).texts = texts;

    table[1][8] = '18'; // row 2, « Capacité d'accueil »
    const again = await importCatalogue(table, CAMPAIGN, memory.store);
    expect(again.ok && again.plan.formations[0]).toMatchObject({
      outcome: 'updated',
      changes: [{ field: 'capacity', before: 15, after: 18 }]
    });
    expect(memory.collections.formations.get(ROW_2_FORMATION)).toMatchObject({ capacity: 18, texts });
  });
});

describe('a year’s file that drifts from the sample', () => {
  it('is read the same: title row, blank rows, other headers, capitals, lower-case UAI, numbers and links', async () => {
    const bytes = await workbook([
      ['CATALOGUE PASSPRO 2027 - ACADEMIE DE CRETEIL'],
      [],
      ['Mis à jour le 12 janvier'],
      [],
      ['DOMAINE', 'DEP.', 'COMMUNE', 'ETABLISSEMENT', 'RNE', 'NIVEAU', 'SPECIALITE', 'MODALITE', 'PLACES', 'MEL'],
      [
        'SANTE, SOCIAL, SERVICES A LA PERSONNE',
        77,
        'TORCY',
        'LYCEE PROFESSIONNEL JEAN MOULIN',
        '0770124s',
        'cap',
        'ACCOMPAGNANT EDUCATIF PETITE ENFANCE',
        'INDIVIDUEL',
        15,
        { text: 'CE.0770124S@AC-CRETEIL.FR', hyperlink: 'mailto:ce.0770124s@ac-creteil.fr' }
      ],
      [],
      [
        'Sécurité',
        '093',
        'Montreuil',
        'Lycée professionnel Condorcet',
        ' 0930427j ',
        '2de pro',
        'Agent de sécurité',
        'collectif',
        '30 places',
        'ce.0930427j@ac-creteil.fr'
      ]
    ]);
    const plan = await preview(await tableOf(bytes));
    expect(plan.rejected).toEqual([]);
    expect(plan.formations.map((f) => [f.row, f.id])).toEqual([
      [6, '2027_0770124S_CAP_accompagnant-educatif-petite-enfance'],
      [8, '2027_0930427J_2NDE_PRO_agent-de-securite']
    ]);
    expect(plan.formations[0].formation).toMatchObject({
      domainLabel: 'Sante, social, services a la personne',
      lyceeName: 'Lycee professionnel Jean Moulin',
      city: 'Torcy',
      contactEmail: 'ce.0770124s@ac-creteil.fr',
      capacity: 15
    });
  });

  it('in capitals, changes nothing in a catalogue the sample file already wrote', async () => {
    const memory = memoryCatalogueStore();
    await importCatalogue(await tableOf(sampleCatalogueBytes()), CAMPAIGN, memory.store);
    const shouted = (await tableOf(sampleCatalogueBytes())).map((cells, index) =>
      index === 0 ? cells : cells.map((cell) => cell.toUpperCase())
    );
    const plan = await preview(shouted, memory.store);
    expect(new Set(rowOutcomes(plan).map((r) => r.outcome))).toEqual(new Set(['unchanged']));
  });
});

describe('the Excel export of the catalogue', () => {
  it('imports back into the same catalogue, unchanged, its address and link columns ignored', async () => {
    const memory = memoryCatalogueStore();
    await importCatalogue(await tableOf(sampleCatalogueBytes()), CAMPAIGN, memory.store);
    const { formations } = await memory.store.read(CAMPAIGN, []);
    const links = {
      addresses: new Map([[formations[0].uai, '1 rue de l’École, 93000 Bobigny']]),
      origin: 'https://passpro.example'
    };
    const sheet = catalogueSheet(formations, CAMPAIGN, links);
    expect(sheet.rows[0].slice(-2)).toEqual([
      '1 rue de l’École, 93000 Bobigny',
      `https://passpro.example/catalogue/${formations[0].id}`
    ]);
    const exported = await writeXlsx(sheet);
    const plan = await preview(await tableOf(exported.buffer as ArrayBuffer), memory.store);
    expect(plan.rowCount).toBe(177);
    expect(new Set(rowOutcomes(plan).map((r) => r.outcome))).toEqual(new Set(['unchanged']));
  });
});

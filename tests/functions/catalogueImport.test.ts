import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Timestamp } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS, formationId } from '$shared';
import { importCatalogue, CatalogueWriteError, MAX_BATCH_WRITES, type CatalogueStore } from '$shared/catalogueImport';
import { db } from '../../functions/src/admin';
import { adminCatalogueStore } from '../../scripts/catalogue/adminStore';
import { generateCatalogueSheet } from '../../scripts/catalogue/generateCatalogue';
import { EXIT, runCatalogueImport } from '../../scripts/catalogue/importCommand';
import type { CatalogueImportCommand } from '../../scripts/catalogue/options';
import { readSpreadsheet, writeXlsx } from '../../src/lib/spreadsheet/spreadsheet';
import { SAMPLE_CATALOGUE, sampleCatalogueBytes } from '../fixtures';

/**
 * `npm run catalogue:import` against the Firestore emulator: the Admin SDK path. Each test imports
 * into a campaign of its own (no campaign document is created, so the app's current campaign does
 * not change), and the lycées and domains the tests add are removed afterwards.
 */

const workDir = mkdtempSync(join(tmpdir(), 'passpro-catalogue-'));
const output: string[] = [];

function importFile(file: string, campaignId: string, options: Partial<CatalogueImportCommand> = {}): Promise<number> {
  output.length = 0;
  const command: CatalogueImportCommand = {
    kind: 'import',
    file,
    campaignId,
    dryRun: false,
    acceptRejected: false,
    projectId: null,
    ...options
  };
  return runCatalogueImport(command, db, (text) => output.push(text));
}

const formationsOf = (campaignId: string) =>
  db.collection(COLLECTIONS.formations).where('campaignId', '==', campaignId).get();

/** The sample file as a table, to write edited copies of it. */
async function sampleTable(): Promise<string[][]> {
  const [sheet] = await readSpreadsheet('sample.xlsx', sampleCatalogueBytes());
  return sheet.table;
}

/** Writes a table to an .xlsx file of the test's directory and returns its path. */
async function xlsxFile(name: string, [header, ...rows]: (string | number)[][]): Promise<string> {
  const path = join(workDir, name);
  writeFileSync(path, await writeXlsx({ sheet: 'Catalogue', header: header.map(String), rows }));
  return path;
}

let establishmentsBefore: Set<string>;
let domainsBefore: Set<string>;
const ids = async (collection: string) =>
  new Set((await db.collection(collection).listDocuments()).map((ref) => ref.id));

beforeAll(async () => {
  establishmentsBefore = await ids(COLLECTIONS.establishments);
  domainsBefore = await ids(COLLECTIONS.domains);
});

afterAll(async () => {
  const writer = db.bulkWriter();
  for (const campaignId of ['2091', '2092', '2093', '2094'])
    (await formationsOf(campaignId)).docs.forEach((d) => writer.delete(d.ref));
  for (const id of await ids(COLLECTIONS.establishments))
    if (!establishmentsBefore.has(id)) writer.delete(db.collection(COLLECTIONS.establishments).doc(id));
  for (const id of await ids(COLLECTIONS.domains))
    if (!domainsBefore.has(id)) writer.delete(db.collection(COLLECTIONS.domains).doc(id));
  await writer.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('the command-line import of the sample file', () => {
  const campaignId = '2091';
  const firstId = formationId({
    campaignId,
    uai: '0770124S',
    diploma: 'CAP',
    specialty: 'Accompagnant éducatif petite enfance'
  });

  it('writes every row as a formation, with its lycée and its domain', async () => {
    expect(await importFile(SAMPLE_CATALOGUE, campaignId)).toBe(EXIT.imported);
    expect((await formationsOf(campaignId)).size).toBe(177);
    expect((await db.collection(COLLECTIONS.establishments).doc('0770124S').get()).data()).toMatchObject({
      kind: 'lycee',
      name: 'Lycée professionnel Jean Moulin',
      functionalEmail: 'ce.0770124s@ac-creteil.fr'
    });
    expect((await db.collection(COLLECTIONS.domains).doc('securite').get()).data()).toEqual({
      id: 'securite',
      label: 'Sécurité'
    });
    expect(output.join('\n')).toContain('Formations : 177 créées, 0 mise à jour, 0 inchangée.');
  });

  it('writes nothing at all when the same file is imported again', async () => {
    const updateTimes = async () =>
      new Map((await formationsOf(campaignId)).docs.map((d) => [d.id, (d.updateTime as Timestamp).toMillis()]));
    const before = await updateTimes();
    expect(await importFile(SAMPLE_CATALOGUE, campaignId)).toBe(EXIT.imported);
    expect(output.join('\n')).toContain('Le catalogue est déjà à jour : rien à écrire.');
    expect(await updateTimes()).toEqual(before);
  });

  it('keeps the texts a lycée wrote when a new file changes the capacity', async () => {
    const texts = { attendus: 'Aimer les enfants.', metiers: 'Auxiliaire de crèche.', conditions: 'Stages en crèche.' };
    await db.collection(COLLECTIONS.formations).doc(firstId).update({ texts });
    const table = await sampleTable();
    table[1][8] = '18';
    expect(await importFile(await xlsxFile('capacite.xlsx', table), campaignId)).toBe(EXIT.imported);
    expect((await db.collection(COLLECTIONS.formations).doc(firstId).get()).data()).toMatchObject({
      capacity: 18,
      texts
    });
  });
});

describe('the command-line import of a file with rejected rows', () => {
  const campaignId = '2092';
  let file: string;
  beforeAll(async () => {
    const [header, ...rows] = await sampleTable();
    const badUai = [...rows[2]];
    badUai[4] = '0770124T';
    file = await xlsxFile('rejets.xlsx', [header, rows[0], rows[1], badUai]);
  });

  it('writes nothing and exits with 1, naming the row and the reason', async () => {
    expect(await importFile(file, campaignId)).toBe(EXIT.rowsLeftOut);
    expect(output.join('\n')).toContain(
      'Ligne 4 : UAI « 0770124T » : UAI invalide : la lettre de contrôle ne correspond pas.'
    );
    expect((await formationsOf(campaignId)).size).toBe(0);
  });

  it('imports the other rows when told to accept the rejected ones', async () => {
    expect(await importFile(file, campaignId, { acceptRejected: true })).toBe(EXIT.imported);
    expect((await formationsOf(campaignId)).size).toBe(2);
  });
});

describe('an import interrupted half-way', () => {
  const campaignId = '2093';

  it('completes, when run again, into the same catalogue as an uninterrupted import', async () => {
    const file = await xlsxFile(
      'grand.xlsx',
      (() => {
        const sheet = generateCatalogueSheet(700);
        return [sheet.header, ...sheet.rows];
      })()
    );
    const bytes = readFileSync(file);
    const [{ table }] = await readSpreadsheet(
      'grand.xlsx',
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    );
    const store = adminCatalogueStore(db);
    let batches = 0;
    const failingOnSecondBatch: CatalogueStore = {
      read: store.read,
      commit: async (batch) => {
        if (++batches === 2) throw new Error('connexion perdue');
        await store.commit(batch);
      }
    };

    const interrupted = importCatalogue(table, campaignId, failingOnSecondBatch);
    await expect(interrupted).rejects.toThrow(CatalogueWriteError);
    await expect(interrupted).rejects.toMatchObject({ committedWrites: MAX_BATCH_WRITES });
    expect((await formationsOf(campaignId)).size).toBeLessThan(700);

    expect(await importFile(file, campaignId)).toBe(EXIT.imported);
    expect((await formationsOf(campaignId)).size).toBe(700);
    expect(await importFile(file, campaignId)).toBe(EXIT.imported);
    expect(output.join('\n')).toContain('Le catalogue est déjà à jour : rien à écrire.');
  });
});

describe('a dry run', () => {
  it('prints the report and writes nothing', async () => {
    expect(await importFile(SAMPLE_CATALOGUE, '2094', { dryRun: true })).toBe(EXIT.imported);
    expect(output.join('\n')).toContain('Formations : 177 à créer');
    expect(output.join('\n')).toContain('Aperçu seulement (--dry-run) : rien n’a été écrit.');
    expect((await formationsOf('2094')).size).toBe(0);
  });
});

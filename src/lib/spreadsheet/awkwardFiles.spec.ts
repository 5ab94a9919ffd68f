import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readAccountTable } from '../../../functions/src/shared/accountFile.js';
import { readCatalogueTable } from '../../../functions/src/shared/catalogueImport/columns.js';
import { EMPTY_CATALOGUE } from '../../../functions/src/shared/catalogueImport/fixtures.spec-support.js';
import { planCatalogueImport } from '../../../functions/src/shared/catalogueImport/plan.js';
import { readClassListTable } from '../../../functions/src/shared/classListFile.js';
import { checkFileSize, readFirstSheet, SpreadsheetError } from './spreadsheet';
import { declaredDimension, xlsxDimensions } from './xlsxDimension';

/**
 * Files as académies and collèges really send them, built byte by byte here and read the whole
 * way: file → table → rows (or the French sentence that refuses the file).
 */

/** An académie's catalogue header: abbreviations, plurals, words in another order. */
const ABBREVIATED_HEADER = [
  'Dom.',
  'Dépt',
  'Commune',
  'Etab.',
  'Code RNE',
  'Niveau',
  'Libellé formation',
  'Entretien',
  'Nb places',
  'Mél'
];
const CONDORCET = [
  'Sécurité',
  '93',
  'Montreuil',
  'LP Condorcet',
  '0930427J',
  '1CAP2',
  'Agent de sécurité',
  'Collectif',
  '30',
  'ce.0930427j@ac-creteil.fr'
];

async function xlsx(fill: (sheet: ExcelJS.Worksheet) => void): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Catalogue'));
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** A CSV's bytes in UTF-16 with its byte-order mark, as Excel's « Texte Unicode » saves it. */
function utf16(text: string, endian: 'le' | 'be'): ArrayBuffer {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, endian === 'le');
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), endian === 'le');
  return bytes.buffer;
}

/** A CSV's bytes in Windows-1252 (French Excel's « CSV (séparateur : point-virgule) »): Latin-1 and the curly apostrophe. */
function windows1252(text: string): ArrayBuffer {
  return new Uint8Array([...text].map((char) => (char === '’' ? 0x92 : char.charCodeAt(0)))).buffer;
}

const csvOf = (rows: string[][], separator: string) => rows.map((cells) => cells.join(separator)).join('\r\n') + '\r\n';

describe('catalogue files as académies send them', () => {
  it('reads an .xlsx with a merged title row, abbreviated headers and the nomenclature’s levels', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.getCell('A1').value = 'Catalogue PASSPRO 2027 — académie de Créteil';
      sheet.mergeCells('A1:J1');
      sheet.addRow(ABBREVIATED_HEADER);
      sheet.addRow(CONDORCET);
      sheet.addRow(CONDORCET.map((cell, i) => (i === 5 ? 'BAC PRO 3 ANS' : i === 6 ? 'Métiers de la sécurité' : cell)));
    });
    const reading = readCatalogueTable(await readFirstSheet('catalogue.xlsx', bytes));
    expect(reading.ok && reading.rows.map((r) => [r.row, r.cells.lycee, r.cells.diploma])).toEqual([
      [3, 'LP Condorcet', '1CAP2'],
      [4, 'LP Condorcet', 'BAC PRO 3 ANS']
    ]);
    const plan = planCatalogueImport(reading.ok ? reading.rows : [], '2027', EMPTY_CATALOGUE);
    expect(plan.formations.map((f) => f.formation.diploma)).toEqual(['CAP', '2NDE_PRO']);
  });

  it('reads a formula without a cached value as an empty cell, which the row’s reason names', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(ABBREVIATED_HEADER);
      sheet.addRow(CONDORCET);
      sheet.getCell('I2').value = { formula: 'SUM(K2:K9)' } as ExcelJS.CellFormulaValue;
    });
    const reading = readCatalogueTable(await readFirstSheet('catalogue.xlsx', bytes));
    const plan = planCatalogueImport(reading.ok ? reading.rows : [], '2027', EMPTY_CATALOGUE);
    expect(plan.rejected).toEqual([{ row: 2, reason: 'Capacité d’accueil : nombre attendu' }]);
  });

  it('reads a CSV opened by Excel’s `sep=;` line, in Windows-1252, and gives the département contradicting the UAI its own reason', async () => {
    const rows = [ABBREVIATED_HEADER, CONDORCET.map((cell, i) => (i === 1 ? '94' : cell))];
    const bytes = windows1252(`sep=;\r\n${csvOf(rows, ';')}`);
    const reading = readCatalogueTable(await readFirstSheet('catalogue.csv', bytes));
    const plan = planCatalogueImport(reading.ok ? reading.rows : [], '2027', EMPTY_CATALOGUE);
    expect(plan.rejected).toEqual([
      {
        row: 2,
        reason:
          'Département « 94 » : ne correspond pas à l’UAI 0930427J, dont les chiffres 093 désignent le département 93'
      }
    ]);
  });

  it.each(['le', 'be'] as const)('reads a tab-separated CSV in UTF-16 %s with its byte-order mark', async (endian) => {
    const bytes = utf16(csvOf([ABBREVIATED_HEADER, CONDORCET], '\t'), endian);
    const reading = readCatalogueTable(await readFirstSheet('catalogue.csv', bytes));
    expect(reading.ok && reading.rows[0].cells.specialty).toBe('Agent de sécurité');
  });

  it('names the headers it did not recognise when columns are missing', async () => {
    const header = ABBREVIATED_HEADER.map((h) => (h === 'Code RNE' ? 'Identifiant national' : h));
    const reading = readCatalogueTable(
      await readFirstSheet('catalogue.csv', windows1252(csvOf([header, CONDORCET], ';')))
    );
    expect(reading.ok ? '' : reading.error).toMatch(
      /^Colonne introuvable : UAI\. En-tête non reconnu : « Identifiant national »\. /
    );
  });
});

describe('account and class-list files', () => {
  it('reads an account file in UTF-16 with a title above abbreviated headers', async () => {
    const rows = [
      ['Comptes PASSPRO 2027'],
      ['Nom Prénom', 'Adresse mél.', 'Profil', 'Code RNE'],
      ['Camille Martin', 'camille.martin@ac-creteil.fr', 'Référent', '0931623J']
    ];
    const reading = readAccountTable(await readFirstSheet('comptes.csv', utf16(csvOf(rows, ';'), 'le')));
    expect(reading).toEqual({
      ok: true,
      rows: [
        {
          row: 3,
          displayName: 'Camille Martin',
          email: 'camille.martin@ac-creteil.fr',
          role: 'Référent',
          uai: '0931623J'
        }
      ],
      rejected: []
    });
  });

  it('reads a SIECLE class list saved as .xlsx with a merged title row', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.getCell('A1').value = 'Collège Jean Jaurès — élèves de 3e';
      sheet.mergeCells('A1:E1');
      sheet.addRow(['Nom de famille', 'Prénom 1', 'Division', 'Libellé MEF', 'Code MEF']);
      sheet.addRow(['MARTIN', 'Léa', '3A', '3EME PREPA-METIERS', '']);
      sheet.addRow(['DUPONT', 'Hugo', '3B', '', '10310019110']);
    });
    const reading = readClassListTable(await readFirstSheet('eleves.xlsx', bytes));
    expect(reading.ok && reading.rows.map((r) => [r.row, r.lastName, r.level])).toEqual([
      [3, 'MARTIN', '3e_prepa_metiers'],
      [4, 'DUPONT', '3e']
    ]);
  });
});

describe('limits checked before parsing', () => {
  it('refuses a file heavier than 20 Mo', () => {
    expect(() => checkFileSize(21 * 1024 * 1024)).toThrow(
      new SpreadsheetError(
        'Le fichier pèse 21 Mo : 20 Mo au plus. Enregistrez seulement la feuille du tableau, ou découpez le fichier.'
      )
    );
  });

  it('refuses a CSV of more than 100,000 lines', async () => {
    const bytes = new TextEncoder().encode('Nom\n'.repeat(100_001)).buffer as ArrayBuffer;
    await expect(readFirstSheet('eleves.csv', bytes)).rejects.toThrow(
      /^Le fichier s’étend sur 100\u202f002 lignes : 100\u202f000 au plus\./
    );
  });

  it('reads the dimension an .xlsx sheet declares without parsing the workbook', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(ABBREVIATED_HEADER);
      sheet.addRow(CONDORCET);
    });
    expect(await xlsxDimensions(bytes)).toEqual([{ rows: 2, columns: 10 }]);
    expect(declaredDimension('<worksheet><dimension ref="A1:XFD1048576"/>')).toEqual({
      rows: 1_048_576,
      columns: 16_384
    });
    expect(declaredDimension('<worksheet><dimension ref="B2"/>')).toEqual({ rows: 2, columns: 2 });
  });

  it('refuses an .xlsx whose sheet extends over more than 100,000 rows, before reading its cells', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.getCell('A1').value = 'Nom';
      sheet.getCell('A200000').value = 'oublié tout en bas';
    });
    await expect(readFirstSheet('eleves.xlsx', bytes)).rejects.toThrow(
      /^Le fichier s’étend sur 200\u202f000 lignes : 100\u202f000 au plus\./
    );
  });
});

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CsvFormatError } from '../../../functions/src/shared/csv.js';
import { cellText, isFileError, readFirstSheet, readSpreadsheet, SpreadsheetError, writeXlsx } from './spreadsheet';

/** The bytes of an .xlsx file built with exceljs, as a spreadsheet would save it. */
async function xlsxBytes(fill: (workbook: ExcelJS.Workbook) => void): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('cellText', () => {
  it('reads empty cells as empty text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
  });

  it('reads numbers and booleans as they show', () => {
    expect(cellText(77)).toBe('77');
    expect(cellText(true)).toBe('true');
  });

  it('reads a date as its ISO day', () => {
    expect(cellText(new Date('2027-03-15T00:00:00Z'))).toBe('2027-03-15');
  });

  it('joins the runs of rich text', () => {
    expect(cellText({ richText: [{ text: 'Lycée ' }, { text: 'Jean Moulin' }] })).toBe('Lycée Jean Moulin');
  });

  it('reads a hyperlink as its text, even when that text is rich', () => {
    expect(cellText({ text: 'ce.0770124s@ac-creteil.fr', hyperlink: 'mailto:ce.0770124s@ac-creteil.fr' })).toBe(
      'ce.0770124s@ac-creteil.fr'
    );
    const richLink = {
      text: { richText: [{ text: 'ce.0770124s@ac-creteil.fr' }] } as unknown as string,
      hyperlink: 'mailto:x'
    };
    expect(cellText(richLink)).toBe('ce.0770124s@ac-creteil.fr');
  });

  it('reads a formula as its cached result', () => {
    expect(cellText({ formula: 'CONCAT("a";"b")', result: 'ab' })).toBe('ab');
    expect(cellText({ sharedFormula: 'A1', result: 3 })).toBe('3');
  });

  it('reads a cell in error as empty', () => {
    expect(cellText({ error: '#N/A' })).toBe('');
  });
});

describe('readSpreadsheet', () => {
  it('reads a semicolon CSV in UTF-8 with a byte-order mark', async () => {
    expect(await readSpreadsheet('catalogue.csv', bytesOf('\uFEFFUAI;Ville\r\n0770124S;Torcy\r\n'))).toEqual([
      {
        sheet: 'catalogue.csv',
        table: [
          ['UAI', 'Ville'],
          ['0770124S', 'Torcy']
        ]
      }
    ]);
  });

  it('reads a CSV saved by French Excel in Windows-1252', async () => {
    const windows1252 = new Uint8Array([0x44, 0x69, 0x70, 0x6c, 0xf4, 0x6d, 0x65]).buffer; // « Diplôme »
    expect((await readSpreadsheet('CATALOGUE.CSV', windows1252))[0].table).toEqual([['Diplôme']]);
  });

  it('reads every visible sheet of an .xlsx, keeping blank rows so that numbers match the sheet', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('Catalogue');
      sheet.getCell('A1').value = 'UAI';
      sheet.getCell('B1').value = 'Courriel';
      sheet.getCell('A3').value = { richText: [{ text: '0770124' }, { text: 'S', font: { bold: true } }] };
      sheet.getCell('B3').value = { text: 'ce.0770124s@ac-creteil.fr', hyperlink: 'mailto:ce.0770124s@ac-creteil.fr' };
      sheet.getCell('C3').value = { formula: '10+5', result: 15 };
      workbook.addWorksheet('Notes', { state: 'hidden' }).getCell('A1').value = 'brouillon';
    });
    expect(await readSpreadsheet('catalogue.xlsx', bytes)).toEqual([
      { sheet: 'Catalogue', table: [['UAI', 'Courriel'], [], ['0770124S', 'ce.0770124s@ac-creteil.fr', '15']] }
    ]);
  });

  it('refuses an old .xls workbook, asking for .xlsx or .csv', async () => {
    await expect(readSpreadsheet('catalogue.xls', bytesOf('x'))).rejects.toThrow(
      new SpreadsheetError('Ce format n’est pas pris en charge : enregistrez le fichier au format .xlsx ou .csv.')
    );
  });

  it('refuses a file that claims to be .xlsx but is not a workbook', async () => {
    await expect(readSpreadsheet('catalogue.xlsx', bytesOf('pas un classeur'))).rejects.toThrow(SpreadsheetError);
  });

  it('refuses any other kind of file', async () => {
    await expect(readSpreadsheet('photo.png', bytesOf('x'))).rejects.toThrow('Choisissez un fichier .xlsx ou .csv.');
  });
});

describe('readFirstSheet', () => {
  it('reads the first visible sheet of a workbook, the one import files keep their rows in', async () => {
    const bytes = await xlsxBytes((workbook) => {
      workbook.addWorksheet('Comptes').getCell('A1').value = 'Nom';
      workbook.addWorksheet('Aide').getCell('A1').value = 'Une ligne par compte';
    });
    expect(await readFirstSheet('comptes.xlsx', bytes)).toEqual([['Nom']]);
  });

  it('reads a workbook without a visible sheet as an empty table', async () => {
    const bytes = await xlsxBytes((workbook) => {
      workbook.addWorksheet('Brouillon', { state: 'hidden' }).getCell('A1').value = 'Nom';
    });
    expect(await readFirstSheet('comptes.xlsx', bytes)).toEqual([]);
  });
});

describe('isFileError', () => {
  it('knows the errors that describe the chosen file, not a failure of PASSPRO', () => {
    expect(isFileError(new SpreadsheetError('Choisissez un fichier .xlsx ou .csv.'))).toBe(true);
    expect(isFileError(new CsvFormatError('Guillemet non fermé', 3))).toBe(true);
    expect(isFileError(new Error('network'))).toBe(false);
  });
});

describe('writeXlsx', () => {
  it('writes a sheet that reads back as the same table', async () => {
    const bytes = await writeXlsx({
      sheet: 'Export',
      header: ['Ville', 'Capacité'],
      rows: [
        ['Torcy', 15],
        ['Drancy', 30]
      ]
    });
    const [sheet] = await readSpreadsheet('export.xlsx', bytes.buffer as ArrayBuffer);
    expect(sheet).toEqual({
      sheet: 'Export',
      table: [
        ['Ville', 'Capacité'],
        ['Torcy', '15'],
        ['Drancy', '30']
      ]
    });
  });
});

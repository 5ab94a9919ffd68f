// Imported relatively, not through $shared: the command-line import and the benchmark also run
// this module under tsx.
import { CsvFormatError, decodeTextFile, parseCsv } from '../../../functions/src/shared/csv.js';
import type { CellValue, Workbook } from 'exceljs';
import { xlsxDimensions } from './xlsxDimension.js';

/**
 * Spreadsheet files as tables of text, for the app (exceljs, about 1 MB, is loaded on demand as
 * its own chunk) and for Node scripts alike. Row i of a table is row i + 1 of the sheet, so
 * reports give the row numbers Excel shows; blank rows stay in place as empty rows.
 */

/** One sheet of a file, as text cells. */
export interface SheetTable {
  sheet: string;
  table: string[][];
}

/** A file that cannot be read as a spreadsheet, with a French message for the person who chose it. */
export class SpreadsheetError extends Error {
  override name = 'SpreadsheetError';
}

/**
 * What a file may hold, checked before it is parsed so that a wrong file (a whole export of the
 * rectorat, a sheet formatted down to row 1,048,576) gets a French sentence instead of a frozen
 * tab. Far above a real catalogue (a few thousand rows) or class list; each import has its own
 * lower limit on the rows it takes.
 */
export const SPREADSHEET_LIMITS = { megabytes: 20, rows: 100_000, columns: 200 } as const;

const number = (n: number) => n.toLocaleString('fr-FR');

/** Refuses a file heavier than the limit; for the app to check before even reading the file. */
export function checkFileSize(byteLength: number): void {
  const megabytes = byteLength / 1024 / 1024;
  if (megabytes > SPREADSHEET_LIMITS.megabytes) {
    throw new SpreadsheetError(
      `Le fichier pèse ${number(Math.ceil(megabytes))} Mo : ${SPREADSHEET_LIMITS.megabytes} Mo au plus. ` +
        'Enregistrez seulement la feuille du tableau, ou découpez le fichier.'
    );
  }
}

function checkDimension(rows: number, columns: number): void {
  if (rows > SPREADSHEET_LIMITS.rows) {
    throw new SpreadsheetError(
      `Le fichier s’étend sur ${number(rows)} lignes : ${number(SPREADSHEET_LIMITS.rows)} au plus. ` +
        'Supprimez les lignes vides sous le tableau, ou découpez le fichier.'
    );
  }
  if (columns > SPREADSHEET_LIMITS.columns) {
    throw new SpreadsheetError(
      `Le fichier s’étend sur ${number(columns)} colonnes : ${SPREADSHEET_LIMITS.columns} au plus. ` +
        'Supprimez les colonnes vides à droite du tableau.'
    );
  }
}

/** Lines of a text, counted before parsing (a quoted line break counts too: an upper bound). */
function lineCount(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

async function newWorkbook(): Promise<Workbook> {
  // exceljs is CommonJS in Node and a UMD bundle in the browser: either way its API is the default export.
  const excel = await import('exceljs');
  return new (excel.default ?? excel).Workbook();
}

/**
 * The text a cell shows, from the value exceljs reads: addresses typed in Excel often become
 * hyperlinks (whose text may itself be rich), styled words rich text, computed cells formulas
 * with a cached result; a cell in error (#N/A) shows no usable text.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as CellValue);
  return '';
}

/** Every visible sheet of an .xlsx file. */
async function readXlsx(bytes: ArrayBuffer): Promise<SheetTable[]> {
  for (const { rows, columns } of await xlsxDimensions(bytes)) checkDimension(rows, columns);
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    throw new SpreadsheetError(
      'Ce fichier .xlsx ne peut pas être lu : vérifiez qu’il s’ouvre dans un tableur, puis enregistrez-le à nouveau.'
    );
  }
  return workbook.worksheets
    .filter((sheet) => sheet.state === 'visible')
    .map((sheet) => {
      const table: string[][] = [];
      for (let r = 1; r <= sheet.rowCount; r++) {
        const row = sheet.getRow(r);
        const cells: string[] = [];
        for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
        table.push(cells);
      }
      return { sheet: sheet.name, table };
    });
}

/** The extensions readSpreadsheet takes, for a file input's `accept`. */
export const SPREADSHEET_ACCEPT = '.xlsx,.csv';

/** The one sheet of a .csv file, in any of the encodings spreadsheets save (see decodeTextFile). */
function readCsv(fileName: string, bytes: ArrayBuffer): SheetTable[] {
  const text = decodeTextFile(new Uint8Array(bytes));
  checkDimension(lineCount(text), 0);
  return [{ sheet: fileName, table: parseCsv(text) }];
}

/**
 * The sheets of a file chosen by the user: .xlsx (Excel, every visible sheet), or .csv as
 * spreadsheets save it (one sheet). Throws a SpreadsheetError for other formats, unreadable files
 * and files over SPREADSHEET_LIMITS, which are checked before parsing.
 */
export async function readSpreadsheet(fileName: string, bytes: ArrayBuffer): Promise<SheetTable[]> {
  checkFileSize(bytes.byteLength);
  const extension = fileName.toLowerCase().split('.').pop();
  if (extension === 'xlsx') return readXlsx(bytes);
  if (extension === 'csv') return readCsv(fileName, bytes);
  if (extension === 'xls' || extension === 'ods') {
    throw new SpreadsheetError('Ce format n’est pas pris en charge : enregistrez le fichier au format .xlsx ou .csv.');
  }
  throw new SpreadsheetError('Choisissez un fichier .xlsx ou .csv.');
}

/** The table of a file's first sheet, where import files keep their rows; empty if it has none. */
export async function readFirstSheet(fileName: string, bytes: ArrayBuffer): Promise<string[][]> {
  const [sheet] = await readSpreadsheet(fileName, bytes);
  return sheet?.table ?? [];
}

/** Whether `error` is the chosen file's own problem, whose message is written for the person who chose it. */
export function isFileError(error: unknown): error is SpreadsheetError | CsvFormatError {
  return error instanceof SpreadsheetError || error instanceof CsvFormatError;
}

/** A sheet to write: a header row, then data rows. */
export interface SheetContent {
  sheet: string;
  header: string[];
  rows: (string | number)[][];
}

/** Columns wider than this many characters are cut rather than stretch the sheet. */
const MAX_COLUMN_WIDTH = 60;

/** An .xlsx file of one sheet, its header in bold, frozen and filterable, columns as wide as their content. */
export async function writeXlsx({ sheet, header, rows }: SheetContent): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  const worksheet = workbook.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.addRow(header).font = { bold: true };
  worksheet.addRows(rows);
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  header.forEach((title, index) => {
    const widest = Math.max(title.length, ...rows.map((row) => String(row[index] ?? '').length));
    worksheet.getColumn(index + 1).width = Math.min(MAX_COLUMN_WIDTH, widest + 2);
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Offers a sheet to the browser as an .xlsx download named `fileName`. */
export async function downloadXlsx(content: SheetContent, fileName: string): Promise<void> {
  const bytes = await writeXlsx(content);
  const blob = new Blob([bytes as BlobPart], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}

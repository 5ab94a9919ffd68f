/**
 * Reading CSV files as spreadsheets export them: semicolon (French Excel), comma or tab separated,
 * fields optionally quoted ("" for a quote inside), lines ended by CRLF, LF or CR, maybe opened by
 * a `sep=;` line (Excel's way of naming the separator, which it does not show as a row).
 */

/** A CSV file that cannot be read as a table, with the row where the trouble starts. */
export class CsvFormatError extends Error {
  constructor(
    message: string,
    readonly row: number
  ) {
    super(message);
    this.name = 'CsvFormatError';
  }
}

const SEPARATORS = [';', ',', '\t'] as const;

/**
 * The separator of a file: the candidate found most often, outside quotes, on its first line.
 * Semicolon wins ties, as French spreadsheets use it and a lone header has no separator at all.
 */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((separator) => [separator, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return SEPARATORS.reduce((best, separator) => (counts.get(separator)! > counts.get(best)! ? separator : best));
}

/** Excel's first line naming the separator: « sep=; ». */
const SEPARATOR_LINE = /^sep=([^\r\n])(?:\r\n|\n|\r|$)/i;

/**
 * The records of a CSV text, each an array of its fields, in file order: record i is row i + 1 as
 * a spreadsheet shows the file (a blank line is a record of one empty field, so numbers stay
 * aligned; a quoted line break stays inside its row). A leading byte-order mark is ignored, and so
 * is a `sep=` line, whose separator is then the file's. Throws a CsvFormatError on a quote that is
 * never closed.
 */
export function parseCsv(text: string, separator?: string): string[][] {
  let source = text.replace(/^\uFEFF/, '');
  const separatorLine = SEPARATOR_LINE.exec(source);
  if (separatorLine) source = source.slice(separatorLine[0].length);
  const sep = separator ?? separatorLine?.[1] ?? detectSeparator(source);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  // Whether the current field opened with a quote: only then is a quote special inside it.
  let fieldWasQuoted = false;

  const endField = () => {
    record.push(field);
    field = '';
    fieldWasQuoted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === '' && !fieldWasQuoted) {
      quoted = true;
      fieldWasQuoted = true;
    } else if (char === sep) {
      endField();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRecord();
    } else {
      field += char;
    }
  }
  if (quoted) {
    const row = records.length + 1;
    throw new CsvFormatError(`Ligne ${row} : guillemet ouvert mais jamais fermé.`, row);
  }
  // The last line may or may not end with a line break; a final break adds no empty record.
  if (field !== '' || record.length > 0 || fieldWasQuoted) endRecord();
  return records;
}

/**
 * The text of a file's bytes: UTF-16 when a byte-order mark says so (Excel's « Texte Unicode »),
 * UTF-8 (with or without byte-order mark), or else Windows-1252, the encoding French Excel uses
 * for « CSV (séparateur : point-virgule) ».
 */
export function decodeTextFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The size of the sheets of an .xlsx file, read from each sheet's `<dimension ref="A1:J2001"/>`
 * before the workbook is parsed: parsing a sheet of a million rows would freeze the tab and
 * exhaust its memory before any limit could be checked. An .xlsx file is a zip archive; only the
 * first kilobytes of each sheet are inflated, with the platform's DecompressionStream (browser,
 * worker and Node alike).
 */

/** The last row and column a sheet says it uses. */
export interface SheetDimension {
  rows: number;
  columns: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
/** The dimension comes right after the sheet's properties: it is in the first few hundred bytes. */
const HEAD_BYTES = 64 * 1024;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

function centralDirectory(view: DataView): ZipEntry[] | undefined {
  // The end record is at least 22 bytes long and may be followed by a comment of up to 65,535.
  let end = -1;
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count && at + 46 <= view.byteLength; i++) {
    if (view.getUint32(at, true) !== CENTRAL_ENTRY) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const skipped = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    entries.push({
      name: decoder.decode(new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localOffset: view.getUint32(at + 42, true)
    });
    at += 46 + nameLength + skipped;
  }
  return entries;
}

/** The first HEAD_BYTES of an entry's content, as text. */
async function entryHead(view: DataView, entry: ZipEntry): Promise<string> {
  const local = entry.localOffset;
  if (view.getUint32(local, true) !== LOCAL_HEADER) return '';
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = new Uint8Array(
    view.buffer as ArrayBuffer,
    view.byteOffset + start,
    Math.min(entry.compressedSize, view.byteLength - start)
  );
  if (entry.method === 0) return new TextDecoder().decode(data.subarray(0, HEAD_BYTES));
  if (entry.method !== 8) return '';
  const reader = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const decoder = new TextDecoder();
  let head = '';
  try {
    while (head.length < HEAD_BYTES && !head.includes('<sheetData')) {
      const { done, value } = await reader.read();
      if (done) break;
      head += decoder.decode(value, { stream: true });
    }
  } catch {
    // A damaged stream: exceljs will say the file cannot be read.
  } finally {
    void reader.cancel().catch(() => {});
  }
  return head;
}

/** « J » → 10, « AB » → 28. */
function columnNumber(letters: string): number {
  return [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
}

/** The dimension a sheet's XML declares, or undefined when it declares none (some writers omit it). */
export function declaredDimension(sheetXml: string): SheetDimension | undefined {
  const ref = /<(?:\w+:)?dimension\b[^>]*\bref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/.exec(sheetXml);
  if (!ref) return undefined;
  return { rows: Number(ref[4] ?? ref[2]), columns: columnNumber(ref[3] ?? ref[1]) };
}

/**
 * The dimension of every worksheet of an .xlsx file that declares one; empty for a file that is
 * not a zip archive (exceljs then reports it unreadable).
 */
export async function xlsxDimensions(bytes: ArrayBuffer | ArrayBufferView): Promise<SheetDimension[]> {
  // Node hands over Buffers, views into a larger pool.
  const view = ArrayBuffer.isView(bytes)
    ? new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : new DataView(bytes);
  const entries = centralDirectory(view) ?? [];
  const dimensions: SheetDimension[] = [];
  for (const entry of entries.filter((e) => WORKSHEET.test(e.name))) {
    const dimension = declaredDimension(await entryHead(view, entry));
    if (dimension) dimensions.push(dimension);
  }
  return dimensions;
}

import { isFileError, readFirstSheet } from './spreadsheet';

/**
 * Reads a spreadsheet off the page's thread: unzipping and parsing a large .xlsx takes seconds,
 * during which the tab would not answer. One file per worker; readFirstSheetInWorker starts it.
 */

/** What the page sends: the file's name (for its extension) and its bytes, transferred. */
export interface SheetRequest {
  name: string;
  bytes: ArrayBuffer;
}

/** The first sheet's table, or the French message of a file error (null for any other failure). */
export type SheetReply = { ok: true; table: string[][] } | { ok: false; message: string | null };

self.onmessage = async ({ data }: MessageEvent<SheetRequest>) => {
  let reply: SheetReply;
  try {
    reply = { ok: true, table: await readFirstSheet(data.name, data.bytes) };
  } catch (error) {
    reply = { ok: false, message: isFileError(error) ? error.message : null };
  }
  self.postMessage(reply);
};

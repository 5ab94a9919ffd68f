import { checkFileSize, SpreadsheetError } from './spreadsheet';
import type { SheetReply, SheetRequest } from './spreadsheet.worker';

/**
 * The table of the first sheet of a file chosen in the page, read in a Web Worker so the tab
 * stays responsive however large the file. Rejects with a SpreadsheetError (French message) for
 * a file that is too large, of another format or unreadable.
 */
export async function readFirstSheetInWorker(file: File): Promise<string[][]> {
  // Before reading the bytes: a file of hundreds of megabytes is refused at once.
  checkFileSize(file.size);
  const bytes = await file.arrayBuffer();
  const worker = new Worker(new URL('./spreadsheet.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<string[][]>((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<SheetReply>) => {
        if (data.ok) resolve(data.table);
        else
          reject(
            data.message === null ? new Error('Le fichier n’a pas pu être lu.') : new SpreadsheetError(data.message)
          );
      };
      worker.onerror = (event) => reject(new Error(event.message || 'Le fichier n’a pas pu être lu.'));
      const request: SheetRequest = { name: file.name, bytes };
      worker.postMessage(request, [bytes]);
    });
  } finally {
    worker.terminate();
  }
}

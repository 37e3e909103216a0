/**
 * The gallery's end of the import worker (ipynbImport.worker.ts): imports a .ipynb file into
 * this browser's storage off the main thread and resolves with the new notebook's id. Where
 * workers are missing (unit tests, very old browsers) it imports on this thread instead.
 */
import { NotebookImportError, checkIpynbSize } from '../../lib/notebook/ipynb';
import type { NotebookId } from '../../lib/notebook/ids';
import { notebookStore } from '../../lib/state/browserStores';
import { importAndStore } from './importNotebook';
import type { ImportReply, ImportRequest } from './importMessages';

let nextRequestId = 1;

export async function importInWorker(file: File): Promise<NotebookId> {
  // Refused before any worker starts or byte is read.
  checkIpynbSize(file.size, file.name);
  if (typeof Worker === 'undefined') return importAndStore(file, notebookStore());
  const worker = new Worker(new URL('./ipynbImport.worker.ts', import.meta.url), { type: 'module', name: 'sparkbook-import' });
  const request: ImportRequest = { type: 'import', id: nextRequestId++, file };
  try {
    const reply = await new Promise<ImportReply>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<ImportReply>) => resolve(e.data);
      worker.onerror = (e) =>
        reject(
          new Error(
            `The import stopped unexpectedly (${e.message || 'the import worker failed to start'}). Reload the page and try again.`,
          ),
        );
      worker.postMessage(request);
    });
    if (reply.type === 'imported') return reply.notebookId;
    throw reply.userError ? new NotebookImportError(reply.message, { path: reply.path }) : new Error(reply.message);
  } finally {
    // One worker per import: imports are rare, and a finished worker gives its memory back.
    worker.terminate();
  }
}

/// <reference lib="webworker" />
/**
 * Import worker entry: receive a file, import it into IndexedDB (importAndStore), reply with the
 * notebook's id or the error. Parsing and validating tens of MB of JSON, and copying the result
 * into storage, take seconds of CPU; here they never block the page.
 */
import { NotebookImportError } from '../../lib/notebook/ipynb';
import { createIdbNotebookStore } from '../../lib/persistence/idbNotebookStore';
import { importAndStore } from './importNotebook';
import type { ImportReply, ImportRequest } from './importMessages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const store = createIdbNotebookStore();

scope.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const { id, file } = e.data;
  let reply: ImportReply;
  try {
    reply = { type: 'imported', id, notebookId: await importAndStore(file, store) };
  } catch (error) {
    const userError = error instanceof NotebookImportError;
    reply = {
      type: 'failed',
      id,
      message: (error as Error)?.message ?? String(error),
      path: userError ? error.path : undefined,
      userError,
    };
  }
  scope.postMessage(reply);
};

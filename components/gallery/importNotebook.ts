/**
 * Reads a user's .ipynb file, validates it and stores it in this browser, returning its id.
 * The page then opens it from storage, as it opens any notebook.
 */
import type { NotebookId } from '../../lib/notebook/ids';
import type { NotebookStore } from '../../lib/persistence';
import { importNotebookFile } from './importNotebookFile';

export async function importAndStore(file: File, store: Pick<NotebookStore, 'put'>): Promise<NotebookId> {
  const nb = await importNotebookFile(file);
  await store.put(nb);
  return nb.id;
}

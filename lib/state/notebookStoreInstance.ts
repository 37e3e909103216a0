/**
 * The app's one NotebookStore: IndexedDB in the browser. Created lazily so importing this
 * module on the server (during Next's prerender) touches no browser API.
 */
import { createIdbNotebookStore, type NotebookStore } from '../persistence';

let instance: NotebookStore | null = null;

export function notebookStore(): NotebookStore {
  instance ??= createIdbNotebookStore();
  return instance;
}

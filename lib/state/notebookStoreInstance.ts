/**
 * The app's stores: IndexedDB in the browser. Created lazily so importing this module on the
 * server (during Next's prerender) touches no browser API.
 */
import { createIdbJobStore, createIdbNotebookStore, type JobStore, type NotebookStore } from '../persistence';

let notebooks: NotebookStore | null = null;
let jobs: JobStore | null = null;

export function notebookStore(): NotebookStore {
  notebooks ??= createIdbNotebookStore();
  return notebooks;
}

export function jobStore(): JobStore {
  jobs ??= createIdbJobStore();
  return jobs;
}

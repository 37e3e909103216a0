/**
 * The app's stores (notebooks, jobs, models, uploaded data): IndexedDB in the browser. Created lazily so importing this module on the
 * server (during Next's prerender) touches no browser API.
 */
import { createIdbJobStore, createIdbNotebookStore, type JobStore, type NotebookStore } from '../persistence';
import type { ModelStore } from '../persistence/modelStore';
import { createIdbModelStore } from '../persistence/modelStoreIdb';
import type { DatasetStore } from '../persistence/datasetStore';
import { createIdbDatasetStore } from '../persistence/datasetStoreIdb';

let notebooks: NotebookStore | null = null;
let jobs: JobStore | null = null;
let models: ModelStore | null = null;
let datasets: DatasetStore | null = null;

export function notebookStore(): NotebookStore {
  notebooks ??= createIdbNotebookStore();
  return notebooks;
}

export function jobStore(): JobStore {
  jobs ??= createIdbJobStore();
  return jobs;
}

export function modelStore(): ModelStore {
  models ??= createIdbModelStore();
  return models;
}

export function datasetStore(): DatasetStore {
  datasets ??= createIdbDatasetStore();
  return datasets;
}

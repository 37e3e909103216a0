/** Saved state in the browser: notebooks and jobs now, models too, in one IndexedDB database. */
export { openSparkbookDb, SPARKBOOK_DB_VERSION, type SparkbookDb, type SparkbookDbSchema } from './db';
export { createIdbNotebookStore } from './idbNotebookStore';
export { createMemoryNotebookStore } from './memoryNotebookStore';
export {
  applyDraft,
  browserDraftMirror,
  createDraftMirror,
  draftOf,
  type DraftMirror,
  type DraftStorage,
  type NotebookDraft,
} from './draftMirror';
export { newestFirst, summarize, type NotebookStore, type NotebookSummary } from './notebookStore';
export { CorruptRecordError, readNotebookRecord } from './storedRecords';
export { newestJobFirst, readJobRecord, readJobRecords, type JobStore } from './jobStore';
export { createIdbJobStore } from './jobStoreIdb';
export { createMemoryJobStore } from './jobStoreMemory';

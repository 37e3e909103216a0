/** Saved state in the browser: notebooks now, jobs and models in the same IndexedDB database. */
export { openSparkbookDb, SPARKBOOK_DB_VERSION, type SparkbookDb, type SparkbookDbSchema } from './db';
export { createIdbNotebookStore } from './idbNotebookStore';
export { createMemoryNotebookStore } from './memoryNotebookStore';
export { newestFirst, summarize, type NotebookStore, type NotebookSummary } from './notebookStore';
export { CorruptRecordError, readNotebookRecord } from './storedRecords';

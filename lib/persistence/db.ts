import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';

/** Bump with a migration in `upgrade` below; never change what an existing version creates. */
export const SPARKBOOK_DB_VERSION = 4;

/**
 * The object stores. Values are typed `unknown` on purpose: whatever comes back may have been
 * written by another version of the app, so every store validates what it reads (with zod).
 */
export interface SparkbookDbSchema extends DBSchema {
  /** Notebooks by id; updatedAt indexed for "recent notebooks". */
  notebooks: { key: string; value: unknown; indexes: { updatedAt: number } };
  /**
   * Training jobs (job history), by id: each job's header (what ran, its status, configuration,
   * evaluation); records written before version 4 hold their whole series inline too.
   */
  jobs: { key: string; value: unknown; indexes: { notebookId: string; startedAt: number } };
  /** A job's metric points, tasks and lost executors as they arrived, by [job id, sequence number]: appended while it runs, never rewritten. */
  jobChunks: { key: [string, number]; value: unknown };
  /** The model repository's metadata, by id; name indexed for versions. Small, so the list reads it all. */
  models: { key: string; value: unknown; indexes: { name: string } };
  /** Each model's architecture, weights and compile settings, by the model's id; written with its metadata in one transaction. */
  modelArtifacts: { key: string; value: unknown };
  /**
   * A code cell's outputs, by [notebook id, cell id], apart from the notebook's record so that a
   * keystroke in a notebook of big outputs rewrites its text and not its outputs, and the gallery
   * lists notebooks without reading their outputs.
   */
  notebookOutputs: { key: [string, string]; value: unknown; indexes: { notebookId: string } };
  /** Files the user uploaded as data (name, kind, size, preview), by name. Small, so the Data panel reads it all. */
  datasets: { key: string; value: unknown };
  /** Each uploaded file's bytes, by its name; written with its metadata in one transaction. */
  datasetBytes: { key: string; value: unknown };
}

/** An open connection to Sparkbook's IndexedDB database. */
export type SparkbookDb = IDBPDatabase<SparkbookDbSchema>;

// One connection per database name, shared by every store in the page.
const connections = new Map<string, Promise<SparkbookDb>>();

/**
 * Opens (creating or upgrading on first use) Sparkbook's database and shares the connection.
 * Touches IndexedDB only when called, so importing this during server rendering is safe.
 */
export function openSparkbookDb(dbName = 'sparkbook'): Promise<SparkbookDb> {
  const open = connections.get(dbName);
  if (open) return open;
  const opening = connect(dbName);
  connections.set(dbName, opening);
  // A failed open (private mode, quota, a blocked upgrade) may succeed later: don't cache it.
  opening.catch(() => connections.delete(dbName));
  return opening;
}

async function connect(dbName: string): Promise<SparkbookDb> {
  if (typeof indexedDB === 'undefined') {
    throw new Error(
      'IndexedDB is not available here, so notebooks cannot be saved. ' + 'Use a current browser outside private browsing mode.',
    );
  }
  const forget = () => connections.delete(dbName);
  try {
    const db = await openDB<SparkbookDbSchema>(dbName, SPARKBOOK_DB_VERSION, {
      upgrade: createStores,
      // Another tab runs a newer version that needs to upgrade: let it, and reopen on next use.
      blocking() {
        forget();
        db.close();
      },
      // The browser closed the connection (e.g. storage cleared): reopen on next use.
      terminated: forget,
    });
    return db;
  } catch (error) {
    if ((error as { name?: unknown } | null)?.name !== 'VersionError') throw error;
    throw new Error(
      'A newer version of Sparkbook, open in another tab, has updated the saved notebooks. ' +
        'Reload this page to keep working; nothing saved is lost.',
      { cause: error },
    );
  }
}

function createStores(
  db: IDBPDatabase<SparkbookDbSchema>,
  oldVersion: number,
  _newVersion: number | null,
  transaction: IDBPTransaction<SparkbookDbSchema, StoreNames<SparkbookDbSchema>[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    const notebooks = db.createObjectStore('notebooks', { keyPath: 'id' });
    notebooks.createIndex('updatedAt', 'updatedAt');
    const jobs = db.createObjectStore('jobs', { keyPath: 'id' });
    jobs.createIndex('notebookId', 'notebookId');
    jobs.createIndex('startedAt', 'startedAt');
    db.createObjectStore('models', { keyPath: 'id' });
  }
  if (oldVersion < 2) {
    transaction.objectStore('models').createIndex('name', 'name');
    db.createObjectStore('modelArtifacts', { keyPath: 'id' });
  }
  if (oldVersion < 3) {
    // Notebooks saved before keep their outputs inline and move them here on their next save.
    db.createObjectStore('notebookOutputs', { keyPath: ['notebookId', 'cellId'] }).createIndex('notebookId', 'notebookId');
    db.createObjectStore('datasets', { keyPath: 'name' });
    db.createObjectStore('datasetBytes', { keyPath: 'name' });
  }
  if (oldVersion < 4) {
    // Jobs saved before keep their series inline, read along with any chunks (there are none).
    db.createObjectStore('jobChunks', { keyPath: ['jobId', 'seq'] });
  }
}

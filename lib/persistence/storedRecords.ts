import { notebookSchema } from '../notebook/notebookSchema';
import type { Notebook } from '../notebook/types';
import { describeZodError, formatIssuePath } from '../notebook/zodIssues';

/** A stored record that failed validation: written by another version of the app, or damaged. */
export class CorruptRecordError extends Error {
  /** The object store, e.g. 'notebooks'. */
  readonly store: string;
  /** The record's key. */
  readonly key: string;
  /** The first offending field, e.g. `cells[2].source`. */
  readonly path: string;

  constructor(store: string, key: string, path: string, detail: string) {
    super(
      `Stored ${store.replace(/s$/, '')} "${key}" can't be read (${detail}). ` +
        'It may have been saved by a newer version of Sparkbook: reload the page. ' +
        'If this keeps happening, delete it from the gallery.',
    );
    this.name = 'CorruptRecordError';
    this.store = store;
    this.key = key;
    this.path = path;
  }
}

/** The key of a record that may not even be an object, for messages. */
export function keyOf(record: unknown): string {
  const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : (JSON.stringify(id) ?? 'undefined');
}

/** Validates a notebook record read from storage; throws CorruptRecordError naming its key. */
export function readNotebookRecord(record: unknown, key: string = keyOf(record)): Notebook {
  const result = notebookSchema.safeParse(record);
  if (result.success) return result.data;
  const path = formatIssuePath(result.error.issues[0]?.path ?? []);
  throw new CorruptRecordError('notebooks', key, path, describeZodError(result.error));
}

/** Validates many records, skipping (with a console warning) those that can't be read. */
export function readNotebookRecords(records: readonly unknown[]): Notebook[] {
  const notebooks: Notebook[] = [];
  for (const record of records) {
    try {
      notebooks.push(readNotebookRecord(record));
    } catch (error) {
      if (!(error instanceof CorruptRecordError)) throw error;
      // One bad record must not hide every other notebook from the gallery.
      console.warn(`Skipping a stored notebook: ${error.message}`);
    }
  }
  return notebooks;
}

/**
 * The kernel's side of uploaded data: reads an upload's bytes from the store for datasets.csv,
 * .json and .bytes, and refuses a load that doesn't fit the file (a CSV read as JSON), saying
 * which call does.
 */
import { loadCallFor } from '../../../lib/datasets/datasetRecord';
import type { DatasetStore } from '../../../lib/persistence/datasetStore';
import { DatasetError } from './datasetError';

/** An uploaded file's bytes, and its text on demand. */
export interface UploadedFile {
  bytes: Uint8Array;
  text(): string;
}

/** The upload named `name`, or undefined when there is none. */
export async function uploadedFile(store: DatasetStore, name: string, method: 'csv' | 'json' | 'bytes'): Promise<UploadedFile | undefined> {
  const record = await store.get(name);
  if (!record) return undefined;
  const other = record.kind === 'csv' ? 'json' : record.kind === 'json' ? 'csv' : null;
  if (method === other) {
    throw new DatasetError(
      `${name} was uploaded as ${record.kind.toUpperCase()}, so datasets.${method} can't read it; load it with ${loadCallFor(record)}.`,
    );
  }
  const bytes = new Uint8Array(await store.bytes(name));
  return {
    bytes,
    text() {
      // CSV and JSON uploads were checked to be UTF-8 when stored; other files are checked now.
      try {
        return new TextDecoder('utf-8', { fatal: record.kind === 'binary' }).decode(bytes);
      } catch {
        throw new DatasetError(
          `${name} is not UTF-8 text, so datasets.${method} can't read it; load its bytes with ${loadCallFor(record)}.`,
        );
      }
    },
  };
}

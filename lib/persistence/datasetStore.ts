/**
 * Uploaded data: files the user uploaded on the Data page or panel, each under its file name,
 * with the metadata the panel lists and, apart, the bytes cells load. IndexedDB in the browser
 * (the upload worker writes, the kernel worker reads, the page lists and deletes), memory in
 * tests and in the Node kernel. Both validate what they read.
 */
import type { z } from 'zod';
import { datasetBytesRecordSchema, datasetRecordSchema, formatSize, type DatasetRecord } from '../datasets/datasetRecord';
import { describeZodError, formatIssuePath } from '../notebook/zodIssues';
import { CorruptRecordError, keyOf } from './storedRecords';

/** A checked upload, less the time it is stored. */
export type NewDataset = Omit<DatasetRecord, 'uploadedAt'>;

export interface DatasetStore {
  /** Every readable upload, newest first; unreadable records are skipped with a warning. */
  list(): Promise<DatasetRecord[]>;
  /** The upload with this name, or undefined. */
  get(name: string): Promise<DatasetRecord | undefined>;
  /** The upload's bytes; throws if they are missing or damaged. */
  bytes(name: string): Promise<ArrayBuffer>;
  /** Stores metadata and bytes together (both or neither), replacing an upload of the same name. */
  put(dataset: NewDataset, bytes: ArrayBuffer): Promise<{ record: DatasetRecord; replaced: boolean }>;
  /** Deletes an upload, metadata and bytes together; an unknown name does nothing. */
  delete(name: string): Promise<void>;
}

/** Newest first, then by name, so every store lists in the same order. */
export function newestDatasetFirst(a: DatasetRecord, b: DatasetRecord): number {
  return b.uploadedAt - a.uploadedAt || a.name.localeCompare(b.name);
}

function corrupt(store: string, key: string, error: z.ZodError): CorruptRecordError {
  const detail = describeZodError(error);
  const failure = new CorruptRecordError(store, key, formatIssuePath(error.issues[0]?.path ?? []), detail);
  failure.message =
    `Uploaded file "${key}" can't be read (${detail}). ` +
    'It may have been stored by a newer version of Sparkbook: reload the page. If this keeps happening, delete it in the Data panel and upload it again.';
  return failure;
}

export function readDatasetRecord(record: unknown, key: string = keyOf(record)): DatasetRecord {
  const result = datasetRecordSchema.safeParse(record);
  if (result.success) return result.data;
  throw corrupt(
    'datasets',
    typeof (record as { name?: unknown } | null)?.name === 'string' ? (record as { name: string }).name : key,
    result.error,
  );
}

export function readDatasetRecords(records: readonly unknown[]): DatasetRecord[] {
  const datasets: DatasetRecord[] = [];
  for (const record of records) {
    try {
      datasets.push(readDatasetRecord(record));
    } catch (error) {
      if (!(error instanceof CorruptRecordError)) throw error;
      // One bad record must not hide every other upload from the panel.
      console.warn(`Skipping an uploaded file: ${error.message}`);
    }
  }
  return datasets.sort(newestDatasetFirst);
}

export function readDatasetBytes(record: unknown, name: string): ArrayBuffer {
  if (record === undefined) {
    throw new Error(
      `The contents of "${name}" are missing from this browser's storage. Delete it in the Data panel and upload the file again.`,
    );
  }
  const result = datasetBytesRecordSchema.safeParse(record);
  if (result.success) return result.data.bytes;
  throw corrupt('datasetBytes', name, result.error);
}

/** Browser storage is full: say so in words, and what to do. */
export function datasetStorageFullError(name: string, bytes: number, cause: unknown): Error {
  return new Error(
    `The browser's storage for this site is full, so ${name} (${formatSize(bytes)}) was not stored and nothing was changed. ` +
      'Delete uploads, models or notebooks you no longer need, or free disk space, and upload it again.',
    { cause },
  );
}

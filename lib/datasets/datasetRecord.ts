/**
 * A file the user uploaded as data: its metadata (what the Data panel lists, with a preview, so
 * listing reads no file bytes) and, stored apart, the file's bytes. Both are zod-validated when
 * read, because IndexedDB may hold what another version of the app wrote.
 */
import { z } from 'zod';

/** Uploads larger than this are refused before they are read: the browser holds a file in memory about three times while checking it. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/** How the file is read: a CSV with a header row, JSON, or bytes as they are. */
export const datasetKindSchema = z.enum(['csv', 'json', 'binary']);
export type DatasetKind = z.infer<typeof datasetKindSchema>;

/** What the Data panel shows of a file without reading it. */
export const datasetPreviewSchema = z.discriminatedUnion('kind', [
  /** The header, the first rows (each cell cut to a readable length) and the number of data rows. */
  z.object({
    kind: z.literal('csv'),
    columns: z.array(z.string()),
    rows: z.array(z.array(z.string())),
    rowCount: z.number().int().nonnegative(),
  }),
  /** What the top level is ("an array of 150 items", "an object with keys a, b"), and the text's start. */
  z.object({ kind: z.literal('json'), shape: z.string(), text: z.string() }),
  /** The first bytes in hex. */
  z.object({ kind: z.literal('binary'), hex: z.string() }),
]);
export type DatasetPreview = z.infer<typeof datasetPreviewSchema>;

export const datasetRecordSchema = z.object({
  /** The file's name, which is also how cells load it: datasets.csv('my-file.csv'). */
  name: z.string().min(1),
  kind: datasetKindSchema,
  /** The file's size in bytes. */
  size: z.number().int().nonnegative(),
  uploadedAt: z.number(),
  preview: datasetPreviewSchema,
});
/** An uploaded file's metadata. */
export type DatasetRecord = z.infer<typeof datasetRecordSchema>;

export const datasetBytesRecordSchema = z.object({
  name: z.string().min(1),
  bytes: z.instanceof(ArrayBuffer),
});
/** An uploaded file's bytes, keyed by its name; written with its metadata in one transaction. */
export type DatasetBytesRecord = z.infer<typeof datasetBytesRecordSchema>;

/** The kind a file's name says it is. */
export function datasetKindOf(fileName: string): DatasetKind {
  if (/\.(csv|tsv)$/i.test(fileName)) return 'csv';
  if (/\.json$/i.test(fileName)) return 'json';
  return 'binary';
}

/** Sizes as the Data panel and the messages write them: 812 B, 4.2 KB, 200 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  const mb = bytes / 1024 / 1024;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** The call that loads an uploaded file in a cell. */
export function loadCallFor(record: Pick<DatasetRecord, 'name' | 'kind'>): string {
  const method = record.kind === 'binary' ? 'bytes' : record.kind;
  const quoted = `'${record.name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return `await datasets.${method}(${quoted})`;
}

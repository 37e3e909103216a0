/**
 * The checks an upload passes before anything is stored: a usable name, the size limit, UTF-8
 * text for CSV and JSON, a CSV whose rows all have the header's fields, JSON that parses. Each
 * refusal is a message naming the file and the row, byte or limit, and saying what to do.
 */
import { checkCsvShape, CsvShapeError } from './csvShape';
import { datasetKindOf, formatSize, MAX_UPLOAD_BYTES, type DatasetPreview, type DatasetRecord } from './datasetRecord';
import { decodeUtf8 } from './utf8Text';

/** An upload that was refused; nothing of it was stored. */
export class DatasetUploadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetUploadError';
  }
}

/** What an upload becomes once checked: its metadata, less the time it is stored. */
export type CheckedDataset = Omit<DatasetRecord, 'uploadedAt'>;

const JSON_PREVIEW_CHARS = 300;
const HEX_PREVIEW_BYTES = 32;

/** Cells load a file by its name, so the name must be one a cell can write and a URL can't be mistaken for. */
export function checkUploadName(name: string): void {
  if (!name.trim()) throw new DatasetUploadError('The file has no name. Give it one (e.g. my-data.csv) and upload it again.');
  if (/[/\\:]/.test(name))
    throw new DatasetUploadError(
      `"${name}" has a / \\ or : in its name, which datasets.csv would read as a path or URL. Rename the file and upload it again.`,
    );
  if (name.length > 200)
    throw new DatasetUploadError(
      `"${name.slice(0, 40)}…" has a name of ${name.length} characters; rename it to at most 200 and upload it again.`,
    );
}

/** Refuses a file over the limit before a byte of it is read. */
export function checkUploadSize(name: string, size: number, limit = MAX_UPLOAD_BYTES): void {
  if (size > limit) {
    throw new DatasetUploadError(
      `${name} is ${formatSize(size)}; Sparkbook takes uploads up to ${formatSize(limit)}. Split the file or keep fewer columns, and upload the parts.`,
    );
  }
  if (size === 0) throw new DatasetUploadError(`${name} is empty (0 bytes). Choose the file with your data.`);
}

function textOf(name: string, bytes: Uint8Array): string {
  const decoded = decodeUtf8(bytes);
  if ('text' in decoded) return decoded.text;
  const { offset, line, byte, likely } = decoded.problem;
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const advice =
    likely === 'not text'
      ? `It looks like a binary file, not text: rename it without the .${name.split('.').pop()} extension to upload it as bytes (datasets.bytes).`
      : `It looks like ${likely} text. Save it as UTF-8 (in Excel: Save As → "CSV UTF-8"; in most editors: Save with Encoding → UTF-8) and upload it again.`;
  throw new DatasetUploadError(
    `${name} is not UTF-8 text: byte ${offset.toLocaleString('en-US')} (line ${line}) is ${hex}, which UTF-8 doesn't allow there. ${advice}`,
  );
}

function jsonShape(value: unknown): string {
  if (Array.isArray(value)) return `an array of ${value.length.toLocaleString('en-US')} item${value.length === 1 ? '' : 's'}`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length === 0 ? 'an empty object' : `an object with keys ${keys.slice(0, 8).join(', ')}${keys.length > 8 ? ', …' : ''}`;
  }
  return `a ${value === null ? 'null' : typeof value}`;
}

function checkJson(name: string, text: string): DatasetPreview {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // V8's message says where (a position, or the text around the mistake).
    const message = (e as Error).message.replace(/\.$/, '');
    throw new DatasetUploadError(`${name} is not valid JSON: ${message}. Fix the file (a JSON validator shows where) and upload it again.`);
  }
  const start = text.trimStart();
  return {
    kind: 'json',
    shape: jsonShape(value),
    text: start.length > JSON_PREVIEW_CHARS ? `${start.slice(0, JSON_PREVIEW_CHARS)}…` : start,
  };
}

function hexPreview(bytes: Uint8Array): DatasetPreview {
  const head = Array.from(bytes.subarray(0, HEX_PREVIEW_BYTES), (b) => b.toString(16).padStart(2, '0')).join(' ');
  return { kind: 'binary', hex: bytes.length > HEX_PREVIEW_BYTES ? `${head} …` : head };
}

/**
 * Checks a whole file and returns what the Data panel lists for it, or throws
 * DatasetUploadError. `onProgress` gets the fraction of a CSV read so far.
 */
export function checkUpload(
  name: string,
  bytes: Uint8Array,
  options: { limit?: number; onProgress?: (fraction: number) => void } = {},
): CheckedDataset {
  checkUploadName(name);
  checkUploadSize(name, bytes.byteLength, options.limit);
  const kind = datasetKindOf(name);
  const base = { name, kind, size: bytes.byteLength };
  if (kind === 'binary') return { ...base, preview: hexPreview(bytes) };
  const text = textOf(name, bytes);
  if (kind === 'json') return { ...base, preview: checkJson(name, text) };
  try {
    const shape = checkCsvShape(text, name, options.onProgress);
    return { ...base, preview: { kind: 'csv', ...shape } };
  } catch (e) {
    if (e instanceof CsvShapeError) throw new DatasetUploadError(e.message);
    throw e;
  }
}

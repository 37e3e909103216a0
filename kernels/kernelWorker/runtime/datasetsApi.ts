/** What cells see as `datasets` (implemented in datasets.ts); plain types, as the editor's declarations are generated from them. */

/** A parsed CSV row: numbers where the column holds numbers, null for empty cells. */
export type CsvRow = Record<string, string | number | boolean | null>;

/** Options for datasets.csv. */
export interface CsvOptions {
  /** Convert numeric-looking fields to numbers (default true). */
  dynamicTyping?: boolean;
  /** Fail on malformed rows (default true); false keeps the good rows and warns. */
  strict?: boolean;
}

/**
 * Loads the files you uploaded (the Data panel beside the notebook, or the Data page) by their
 * file name, the datasets shipped under /datasets, or files at URLs on this app's own origin
 * (the app runs offline, so other origins are refused). A name you uploaded comes first. The
 * editor's declarations are generated from this interface; its JSDoc is the hover text.
 */
export interface DatasetsApi {
  /** Loads a CSV with a header row, e.g. `await datasets.csv('my-file.csv')` or `await datasets.csv('iris.csv')`. */
  csv(nameOrUrl: string, options?: CsvOptions): Promise<CsvRow[]>;
  /** Loads and parses a JSON file. */
  json<T = unknown>(nameOrUrl: string): Promise<T>;
  /** Loads a file (e.g. uint8 images, or any upload) as bytes. */
  bytes(nameOrUrl: string): Promise<Uint8Array>;
  /** Names of the uploaded files, then of the shipped datasets. */
  list(): Promise<string[]>;
}

/**
 * `datasets` in every cell: loaders for the files under public/datasets and for CSV/JSON
 * URLs on the app's own origin. Parsing is papaparse's; a bad row is reported by number.
 */
import Papa from 'papaparse';
import { resolveAppUrl } from '../../lib/routes/appRoutes';

/** A parsed CSV row: numbers where the column holds numbers, null for empty cells. */
export type CsvRow = Record<string, string | number | boolean | null>;

/** Options for datasets.csv. */
export interface CsvOptions {
  /** Convert numeric-looking fields to numbers (default true). */
  dynamicTyping?: boolean;
  /** Fail on malformed rows (default true); false keeps the good rows and warns. */
  strict?: boolean;
}

/** Thrown for a file we can't load; the message says which file and what to do. */
export class DatasetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetError';
  }
}

/** Resolves a dataset name ("iris.csv") or a same-origin URL; refuses other origins. */
export function resolveDatasetUrl(nameOrUrl: string, origin: string): string {
  const looksLikeName = !nameOrUrl.includes('/') && !nameOrUrl.includes(':');
  const url = resolveAppUrl(looksLikeName ? `/datasets/${nameOrUrl}` : nameOrUrl, origin);
  if (url.origin !== new URL(origin).origin) {
    throw new DatasetError(
      `datasets only loads files from this app (${new URL(origin).origin}); ${url.origin} is another origin. ` +
        'Put the file under public/datasets or upload it instead.',
    );
  }
  return url.href;
}

async function fetchText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new DatasetError(`Could not fetch ${url}: ${String(e)}`);
  }
  if (!response.ok) {
    throw new DatasetError(
      `Could not load ${url}: HTTP ${response.status}. Check the name; datasets.list() shows the shipped files.`,
    );
  }
  return response.text();
}

/** Parses CSV text with a header row. Errors name the data row (1 = first row after the header). */
export function parseCsv(text: string, source: string, options: CsvOptions = {}): { rows: CsvRow[]; warnings: string[] } {
  const { dynamicTyping = true, strict = true } = options;
  const result = Papa.parse<CsvRow>(text.trim(), {
    header: true,
    dynamicTyping,
    skipEmptyLines: 'greedy',
    transform: (value) => value.trim(),
  });
  const problems = result.errors.map(
    (e) => `row ${(e.row ?? 0) + 1}${e.row != null ? ` (line ${e.row + 2} of the file)` : ''}: ${e.message}`,
  );
  if (problems.length && strict) {
    throw new DatasetError(
      `${source} has ${problems.length} malformed row(s); first: ${problems[0]}. ` +
        'Fix the file, or pass { strict: false } to skip bad rows.',
    );
  }
  const bad = new Set(result.errors.map((e) => e.row));
  const rows = result.data
    .filter((_, i) => !bad.has(i))
    .map((row) => {
      const clean: CsvRow = {};
      for (const [k, v] of Object.entries(row)) clean[k] = v === '' || v === undefined ? null : v;
      return clean;
    });
  return { rows, warnings: problems };
}

/** The object cells see as `datasets`. */
export function createDatasets(origin: string, warn: (message: string) => void) {
  return {
    /** Loads a CSV with a header row into an array of row objects. */
    async csv(nameOrUrl: string, options: CsvOptions = {}): Promise<CsvRow[]> {
      const url = resolveDatasetUrl(nameOrUrl, origin);
      const { rows, warnings } = parseCsv(await fetchText(url), nameOrUrl, options);
      if (warnings.length) warn(`${nameOrUrl}: skipped ${warnings.length} malformed row(s); first: ${warnings[0]}`);
      return rows;
    },
    /** Loads and parses a JSON file. */
    async json<T = unknown>(nameOrUrl: string): Promise<T> {
      const url = resolveDatasetUrl(nameOrUrl, origin);
      const text = await fetchText(url);
      try {
        return JSON.parse(text) as T;
      } catch (e) {
        throw new DatasetError(`${nameOrUrl} is not valid JSON: ${(e as Error).message}`);
      }
    },
    /** Loads a binary file (e.g. uint8 images) as bytes. */
    async bytes(nameOrUrl: string): Promise<Uint8Array> {
      const url = resolveDatasetUrl(nameOrUrl, origin);
      const response = await fetch(url);
      if (!response.ok) throw new DatasetError(`Could not load ${url}: HTTP ${response.status}.`);
      return new Uint8Array(await response.arrayBuffer());
    },
    /** Names of the shipped datasets (from public/datasets/index.json). */
    async list(): Promise<string[]> {
      try {
        const index = (await (await fetch(resolveAppUrl('/datasets/index.json', origin))).json()) as { files?: string[] };
        return index.files ?? [];
      } catch {
        return [];
      }
    },
  };
}


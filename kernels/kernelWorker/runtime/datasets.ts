/**
 * `datasets` in every cell: loaders for the files the user uploaded (the Data panel, kept in
 * IndexedDB, which this worker reads itself), the files under public/datasets, and CSV/JSON URLs
 * on the app's own origin. A bare name is looked up among the uploads first. Parsing is
 * papaparse's; a bad row is reported by number.
 */
import Papa from 'papaparse';
import { resolveAppUrl } from '../../../lib/routes/appRoutes';
import type { DatasetStore } from '../../../lib/persistence/datasetStore';
import { DatasetError } from './datasetError';
import { uploadedFile, type UploadedFile } from './uploadedDatasets';
import type { CsvOptions, CsvRow, DatasetsApi } from './datasetsApi';

export type { CsvOptions, CsvRow, DatasetsApi } from './datasetsApi';

export { DatasetError };

/** A bare name ("iris.csv") rather than a path or URL: looked up among uploads, then shipped files. */
const isName = (nameOrUrl: string) => !nameOrUrl.includes('/') && !nameOrUrl.includes(':');

/** Resolves a dataset name ("iris.csv") or a same-origin URL; refuses other origins. */
export function resolveDatasetUrl(nameOrUrl: string, origin: string): string {
  const url = resolveAppUrl(isName(nameOrUrl) ? `/datasets/${nameOrUrl}` : nameOrUrl, origin);
  if (url.origin !== new URL(origin).origin) {
    throw new DatasetError(
      `datasets only loads files from this app (${new URL(origin).origin}); ${url.origin} is another origin. ` +
        'Download it and upload it in the Data panel beside the notebook (or on the Data page), then load it by name.',
    );
  }
  return url.href;
}

async function fetchFile(url: string): Promise<Response> {
  try {
    return await fetch(url);
  } catch (e) {
    throw new DatasetError(`Could not fetch ${url}: ${String(e)}`);
  }
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
  // A one-column file has no delimiter to detect; papaparse then uses ',' and says so, which is no problem.
  const errors = result.errors.filter((e) => e.code !== 'UndetectableDelimiter');
  const problems = errors.map((e) => `row ${(e.row ?? 0) + 1}${e.row != null ? ` (line ${e.row + 2} of the file)` : ''}: ${e.message}`);
  if (problems.length && strict) {
    throw new DatasetError(
      `${source} has ${problems.length} malformed row(s); first: ${problems[0]}. ` +
        'Fix the file, or pass { strict: false } to skip bad rows.',
    );
  }
  const bad = new Set(errors.map((e) => e.row));
  const rows = result.data
    .filter((_, i) => !bad.has(i))
    .map((row) => {
      const clean: CsvRow = {};
      for (const [k, v] of Object.entries(row)) clean[k] = v === '' || v === undefined ? null : v;
      return clean;
    });
  return { rows, warnings: problems };
}

/** The object cells see as `datasets`. `uploads` is where the Data panel keeps uploaded files. */
export function createDatasets(origin: string, warn: (message: string) => void, uploads?: () => DatasetStore): DatasetsApi {
  const uploadedNames = async () => {
    try {
      return uploads ? (await uploads().list()).map((d) => d.name) : [];
    } catch {
      return [];
    }
  };

  const notFound = async (name: string, uploadsProblem: string | undefined) => {
    const names = await uploadedNames();
    const listed = names.length ? ` Uploaded: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ', …' : ''}.` : '';
    const problem = uploadsProblem ? ` (The uploaded files could not be read: ${uploadsProblem})` : '';
    return new DatasetError(
      `There is no uploaded or shipped file named "${name}".${listed} Upload it in the Data panel beside the notebook (or on the Data page), ` +
        `then load it by its file name; datasets.list() shows every name.${problem}`,
    );
  };

  /** The file's bytes: an upload for a bare name, else the shipped file or same-origin URL. */
  const load = async (nameOrUrl: string, method: 'csv' | 'json' | 'bytes'): Promise<UploadedFile> => {
    if (typeof nameOrUrl !== 'string' || !nameOrUrl)
      throw new DatasetError(
        `datasets.${method}: pass a file name, e.g. datasets.${method}('my-file.${method === 'bytes' ? 'bin' : method}').`,
      );
    let uploadsProblem: string | undefined;
    if (uploads && isName(nameOrUrl)) {
      try {
        const file = await uploadedFile(uploads(), nameOrUrl, method);
        if (file) return file;
      } catch (e) {
        if (e instanceof DatasetError) throw e;
        // Storage that can't be opened (private browsing) must not hide the shipped files.
        uploadsProblem = (e as Error).message;
      }
    }
    const url = resolveDatasetUrl(nameOrUrl, origin);
    const response = await fetchFile(url);
    if (response.status === 404 && isName(nameOrUrl)) throw await notFound(nameOrUrl, uploadsProblem);
    if (!response.ok)
      throw new DatasetError(
        `Could not load ${url}: HTTP ${response.status}. Check the name; datasets.list() shows the uploaded and shipped files.`,
      );
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { bytes, text: () => new TextDecoder().decode(bytes) };
  };

  return {
    /** Loads a CSV with a header row into an array of row objects. */
    async csv(nameOrUrl: string, options: CsvOptions = {}): Promise<CsvRow[]> {
      const { rows, warnings } = parseCsv((await load(nameOrUrl, 'csv')).text(), nameOrUrl, options);
      if (warnings.length) warn(`${nameOrUrl}: skipped ${warnings.length} malformed row(s); first: ${warnings[0]}`);
      return rows;
    },
    /** Loads and parses a JSON file. */
    async json<T = unknown>(nameOrUrl: string): Promise<T> {
      const text = (await load(nameOrUrl, 'json')).text();
      try {
        return JSON.parse(text) as T;
      } catch (e) {
        throw new DatasetError(`${nameOrUrl} is not valid JSON: ${(e as Error).message}`);
      }
    },
    /** Loads a binary file (e.g. uint8 images) as bytes. */
    async bytes(nameOrUrl: string): Promise<Uint8Array> {
      return (await load(nameOrUrl, 'bytes')).bytes;
    },
    /** Names of the uploaded files, then of the shipped datasets (from public/datasets/index.json). */
    async list(): Promise<string[]> {
      let shipped: string[] = [];
      try {
        const index = (await (await fetch(resolveAppUrl('/datasets/index.json', origin))).json()) as { files?: string[] };
        shipped = index.files ?? [];
      } catch {
        shipped = [];
      }
      const uploaded = await uploadedNames();
      return [...uploaded, ...shipped.filter((name) => !uploaded.includes(name))];
    },
  };
}

/**
 * Declarations of the names every code cell has in scope at run time (see the kernel's
 * builtins in kernels/runtime/kernel.ts). The editor adds this as an extra lib so `tf.`,
 * `display(` and `datasets.` complete and type-check. Keep it in step with the kernel.
 */

/** Where the TypeScript service sees the globals; a script (no import/export) so they are global. */
export const RUNTIME_GLOBALS_PATH = 'file:///sparkbook-globals.d.ts';

export const RUNTIME_GLOBALS_DTS = `
/** TensorFlow.js (@tensorflow/tfjs 4.22), already imported in every cell. */
declare const tf: typeof import('@tensorflow/tfjs');

/**
 * Shows each value below the cell as its own output: tensors as tables, chart specs as charts,
 * HTML elements as HTML, anything else as text.
 */
declare function display(...values: unknown[]): void;

/** A CSV row: numbers where the column holds numbers, null for empty cells. */
type SparkbookCsvRow = Record<string, string | number | boolean | null>;

/** Options for datasets.csv(). */
interface SparkbookCsvOptions {
  /** Convert numeric-looking fields to numbers (default true). */
  dynamicTyping?: boolean;
  /** Fail on malformed rows (default true); false keeps the good rows and warns. */
  strict?: boolean;
}

/**
 * Loads the datasets shipped under /datasets, or files at URLs on this app's own origin
 * (the app runs offline, so other origins are refused).
 */
declare const datasets: {
  /** Loads a CSV with a header row, e.g. \`await datasets.csv('iris.csv')\`. */
  csv(nameOrUrl: string, options?: SparkbookCsvOptions): Promise<SparkbookCsvRow[]>;
  /** Loads and parses a JSON file. */
  json<T = unknown>(nameOrUrl: string): Promise<T>;
  /** Loads a binary file (e.g. uint8 images) as bytes. */
  bytes(nameOrUrl: string): Promise<Uint8Array>;
  /** Names of the shipped datasets. */
  list(): Promise<string[]>;
};

/**
 * Throws if the user pressed Interrupt. model.fit() already checks between batches;
 * call this inside your own long loops so they can be stopped too.
 */
declare function checkInterrupt(): void;
`;

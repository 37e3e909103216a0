/**
 * Declarations of the names every code cell has in scope at run time (see the kernel's
 * builtins in kernels/runtime/kernel.ts). The editor adds these as extra libs so `tf.`,
 * `display(` and `datasets.` complete and type-check. Keep it in step with the kernel.
 */

/** Where the TypeScript service sees the `tf` global; see TF_GLOBAL_DTS. */
export const TF_GLOBAL_PATH = 'file:///sparkbook-tf-global.d.ts';

/**
 * `tf` as a global namespace alias, so it names tfjs's types as well as its values:
 * `(x: tf.Tensor) => ...`, `tf.LayersModel`, `tf.Rank`. A `declare const tf: typeof import(...)`
 * would carry only the values. An alias needs an import, which makes the file a module,
 * so it lives apart from the script below.
 */
export const TF_GLOBAL_DTS = `
import * as tfjs from '@tensorflow/tfjs';

declare global {
  /** TensorFlow.js (@tensorflow/tfjs 4.22), already imported in every cell. */
  export import tf = tfjs;
}
`;

/** Where the TypeScript service sees the other globals; a script (no import/export) so they are global. */
export const RUNTIME_GLOBALS_PATH = 'file:///sparkbook-globals.d.ts';

export const RUNTIME_GLOBALS_DTS = `
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

/** Targets or predictions for show: a tensor, numbers, or rows of numbers (one-hot or probabilities). */
type SparkbookShowValues = import('@tensorflow/tfjs').Tensor | ArrayLike<number> | ArrayLike<ArrayLike<number>>;

/** An output that shows itself: make it the cell's last expression, or pass it to display(). */
interface SparkbookDisplayBundle {
  readonly __mimeBundle: true;
  readonly data: Record<string, unknown>;
}

/** Views of a model's results, from targets and predictions. */
declare const show: {
  /** Confusion matrix and classification report (precision, recall, F1, support per class). */
  confusionMatrix(
    yTrue: SparkbookShowValues,
    yPred: SparkbookShowValues,
    classNames?: string[] | { classNames?: string[]; title?: string },
  ): SparkbookDisplayBundle;
  /** MSE, MAE, RMSE and R², and a predicted-vs-actual chart with one point per sample. */
  regression(yTrue: SparkbookShowValues, yPred: SparkbookShowValues, options?: { title?: string; label?: string }): SparkbookDisplayBundle;
  /**
   * A grid of small images as one PNG, e.g. \`show.images(x.slice([0], [20]).reshape([20, 28, 28]), { labels })\`.
   * Images: [n, height, width], [n, height, width, 1 or 3], or [n, pixels] (square); values 0..1 or 0..255.
   */
  images(
    images: import('@tensorflow/tfjs').Tensor | number[][] | number[][][],
    options?: { labels?: (string | number)[]; columns?: number; scale?: number; invert?: boolean },
  ): SparkbookDisplayBundle;
  /**
   * A line chart (tfjs-vis render.linechart), e.g. \`show.line({ values: [{ x: 1, y: 0.5 }, …] }, { xLabel: 'epoch' })\`;
   * several series: \`{ values: [[…], […]], series: ['train', 'test'] }\`. The y axis starts at 0 unless zoomToFit.
   */
  line(data: SparkbookXYData, options?: SparkbookXYOptions): SparkbookDisplayBundle;
  /** A scatter plot (tfjs-vis render.scatterplot), with the same data and options as show.line. */
  scatter(data: SparkbookXYData, options?: SparkbookXYOptions): SparkbookDisplayBundle;
  /**
   * A histogram (tfjs-vis render.histogram) of numbers, a typed array, [{ value }] or a tensor of any shape.
   * maxBins: at most that many round-width bins (default 12); bins: exactly that many.
   */
  histogram(
    values: number[] | ArrayLike<number> | { value: number }[] | import('@tensorflow/tfjs').Tensor,
    options?: { title?: string; xLabel?: string; yLabel?: string; maxBins?: number; bins?: number },
  ): SparkbookDisplayBundle;
  /**
   * A heatmap (tfjs-vis render.heatmap). As in tfjs-vis, values[i][j] is column i, row j;
   * pass { rowMajor: true } for values[row][column].
   */
  heatmap(
    data: { values: number[][] | import('@tensorflow/tfjs').Tensor2D; xTickLabels?: string[]; yTickLabels?: string[] },
    options?: {
      title?: string;
      xLabel?: string;
      yLabel?: string;
      colorMap?: 'viridis' | 'blues' | 'greyscale';
      domain?: [number, number];
      rowMajor?: boolean;
    },
  ): SparkbookDisplayBundle;
};

/** Points of show.line and show.scatter: one series, or one array per series with their names. */
type SparkbookXYData = { values: { x: number; y: number }[] | { x: number; y: number }[][]; series?: string[] };

/** Options of show.line and show.scatter. */
interface SparkbookXYOptions {
  title?: string;
  xLabel?: string;
  yLabel?: string;
  xAxisDomain?: [number, number];
  yAxisDomain?: [number, number];
  /** Fit the y axis to the data instead of starting it at 0 (default false). */
  zoomToFit?: boolean;
}

type SparkbookTensors = import('@tensorflow/tfjs').Tensor | import('@tensorflow/tfjs').Tensor[];

/** A TensorFlow.js backend to ask for; 'auto' = WebGPU on a hardware GPU, else WASM. */
type SparkbookBackend = 'auto' | 'webgpu' | 'webgl' | 'wasm' | 'cpu';

/** One executor of the cluster, as the Spark workers panel shows it. */
interface SparkbookExecutor {
  id: string;
  status: 'idle' | 'busy' | 'lost';
  /** The TensorFlow.js backend it runs on now (webgpu, webgl, wasm, cpu). */
  backend: string;
  /** What it was asked for ('auto' included). */
  choice?: SparkbookBackend;
  /** The WebGPU adapter, when the backend is webgpu. */
  adapter?: string;
  /** Why the backend differs from the choice (auto's pick, a pre-flight fallback). */
  note?: string;
  tasksDone: number;
  samplesPerSec: number;
  memoryBytes: number;
}

/** spark.fit options; batchSize is the GLOBAL batch per step, split across executors. */
interface SparkbookFitOptions {
  epochs?: number;
  batchSize?: number;
  /** 'sync' (default): averaged gradients every step, exact; 'averaging': parameter averaging. */
  mode?: 'sync' | 'averaging';
  /** Local steps between parameter averaging rounds (mode 'averaging'). */
  averagingFrequency?: number;
  validationSplit?: number;
  validationData?: [SparkbookTensors, SparkbookTensors];
  shuffle?: boolean;
  seed?: number;
  /** Print the loss every N steps (Keras2DML's display). */
  displayEvery?: number;
  /** Print the execution plan and the pre-flight kernel check first. */
  debug?: boolean;
  verbose?: 0 | 1;
}

/** A Keras-like History of a spark.fit job. */
interface SparkbookHistory {
  epoch: number[];
  history: Record<string, number[]>;
  params: Record<string, unknown>;
  jobId: string;
}

/** spark.evaluate's report: classification metrics, or regression errors for an MSE/MAE loss. */
type SparkbookEvaluation =
  | {
      kind: 'classification';
      loss: number;
      accuracy: number;
      classNames: string[];
      confusionMatrix: number[][];
      precision: number[];
      recall: number[];
      f1: number[];
      support: number[];
      macro: { precision: number; recall: number; f1: number };
      weighted: { precision: number; recall: number; f1: number };
      jobId: string;
    }
  | { kind: 'regression'; loss: number; mse: number; mae: number; rmse: number; r2: number; count: number; jobId: string };

/** The cluster of executor Web Workers (Spark-style data-parallel training). */
declare const spark: {
  /** The live executors. */
  readonly executors: SparkbookExecutor[];
  /** Adds or removes executors (0 to 8) and waits until there are n; with { backend } every executor uses it. */
  resize(n: number, options?: { backend?: SparkbookBackend }): Promise<SparkbookExecutor[]>;
  /** Moves every executor, and those started later, to this backend (the kernel keeps its own: tf.setBackend). */
  setBackend(backend: SparkbookBackend): Promise<SparkbookExecutor[]>;
  /** Data-parallel model.fit across the executors. */
  fit(model: import('@tensorflow/tfjs').LayersModel, x: SparkbookTensors, y: SparkbookTensors, options?: SparkbookFitOptions): Promise<SparkbookHistory>;
  /** Distributed evaluation: loss, accuracy, confusion matrix, per-class precision/recall/F1. */
  evaluate(model: import('@tensorflow/tfjs').LayersModel, x: SparkbookTensors, y: SparkbookTensors, options?: SparkbookInferenceOptions & { classNames?: string[] }): Promise<SparkbookEvaluation>;
  /** Distributed inference. */
  predict(model: import('@tensorflow/tfjs').LayersModel, x: SparkbookTensors, options?: SparkbookInferenceOptions): Promise<import('@tensorflow/tfjs').Tensor>;
  /** Trains one model per grid configuration, one configuration per executor at a time; reuses stored results. */
  sweep<G extends Record<string, (number | string | boolean)[]>>(options: SparkbookSweepOptions<G>): Promise<SparkbookSweep<G>>;
};

interface SparkbookSweepOptions<G extends Record<string, (number | string | boolean)[]>> {
  /** The experiment's name: its models are stored as '<name>/<key>'. */
  name: string;
  /** Parameter → values; every combination is one configuration. */
  grid: G;
  /** Returns a compiled model for one configuration. */
  build(values: { [K in keyof G]: G[K][number] }): import('@tensorflow/tfjs').LayersModel | Promise<import('@tensorflow/tfjs').LayersModel>;
  data: { x: import('@tensorflow/tfjs').Tensor; y: import('@tensorflow/tfjs').Tensor; validationData?: [import('@tensorflow/tfjs').Tensor, import('@tensorflow/tfjs').Tensor] };
  /** seed sets the batch order (a numeric 'seed' in the grid overrides it). */
  fit?: { epochs?: number; batchSize?: number; seed?: number };
  evaluate?: { classNames?: string[] };
  /** Recompute configurations that have a stored result. */
  force?: boolean;
}

/** One configuration's result. */
interface SparkbookSweepRow<G> {
  key: string;
  values: { [K in keyof G]: G[K] extends (infer V)[] ? V : never };
  accuracy?: number;
  precision?: number;
  recall?: number;
  f1?: number;
  loss?: number;
  seconds: number;
  status: 'trained' | 'reused' | 'diverged' | 'failed';
  reused: boolean;
  error?: string;
  jobId?: string;
  modelId?: string;
}

interface SparkbookSweep<G> {
  name: string;
  rows: SparkbookSweepRow<G>[];
  summary: { trained: number; reused: number; diverged: number; failed: number; jobId: string };
  /** The best configuration by a metric (lowest loss, highest otherwise); diverged ones never win. */
  best(metric?: 'accuracy' | 'precision' | 'recall' | 'f1' | 'loss'): SparkbookSweepRow<G> | undefined;
}

/** Inference batches: a global batch split over the executors, or rows per executor task (not both). */
interface SparkbookInferenceOptions {
  /** Rows per global batch, split evenly over the executors (default 256). */
  batchSize?: number;
  /** Rows per executor task, as DL4J's batchSizePerWorker. */
  batchSizePerWorker?: number;
}

/** A model in the repository. */
interface SparkbookModelRecord {
  id: string;
  name: string;
  version: number;
  createdAt: number;
  notes: string;
  className: string;
  params: number;
  layers: number;
  inputShapes: (number | null)[][];
  outputShapes: (number | null)[][];
  loss?: string;
  optimizer?: string;
  notebookId?: string;
  training?: { by: 'spark.fit' | 'spark.sweep' | 'model.fit'; jobId?: string; metrics: Record<string, number> };
  importedFrom?: { fileName: string; format: 'h5' | 'keras' | 'tfjs'; kerasVersion?: string };
}

/** The model repository, kept in this browser (the Models page lists it). */
declare const models: {
  /** Stores the model (architecture, weights, compile settings); a name that exists gets a new version. */
  save(model: import('@tensorflow/tfjs').LayersModel, name: string, options?: { notes?: string }): Promise<SparkbookModelRecord>;
  /** A stored model, compiled when it was saved compiled: 'name' (latest), 'name@2', or an id. */
  load(ref: string): Promise<import('@tensorflow/tfjs').LayersModel>;
  /** The latest version of each model, or every version with { versions: 'all' }. */
  list(options?: { versions?: 'latest' | 'all' }): Promise<{ name: string; version: number; created: string; params: number; inputs: string; outputs: string; metrics: string; id: string }[]>;
  /** Deletes one version ('name@2' or an id) or every version of a name; returns what was deleted. */
  delete(ref: string): Promise<string[]>;
  /** Imports a Keras .h5 / .keras file or a TensorFlow.js model.json: a URL on this site, a File or Blob, or bytes with { fileName }. */
  import(source: string | Blob | ArrayBuffer | ArrayBufferView, options?: { name?: string; fileName?: string; notes?: string }): Promise<SparkbookModelRecord>;
  /** Downloads the model as a Keras 3 .keras file (default), a Keras .h5 file, or TensorFlow.js model.json + weights. */
  export(ref: string, format?: 'keras' | 'h5' | 'tfjs'): Promise<string[]>;
};
`;

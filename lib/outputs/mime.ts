/**
 * Sparkbook's own MIME types for rich outputs. The kernel writes them, the page reads them, and
 * they are saved in .ipynb files, so a notebook opened later (or shared by someone else) is
 * untrusted input: the page parses every payload with these schemas before rendering it.
 * Every bundle that carries one of these also carries 'text/plain' so Jupyter shows something.
 */
import { z } from 'zod';
import { sweepSummarySchema, type SweepSummary } from '../experiments/sweepSummary';
import { FitProgressSchema, PROGRESS_MIME, type FitProgressData } from './fitProgress';
import { HEATMAP_MIME, HeatmapSchema, HISTOGRAM_MIME, HistogramSchema, type HeatmapData, type HistogramData } from './plotSchemas';

export { HEATMAP_MIME, HISTOGRAM_MIME, type HeatmapData, type HistogramData } from './plotSchemas';
export { PROGRESS_MIME, type FitProgressData } from './fitProgress';

/** MIME type of a table: rows of cells under named columns. */
export const TABLE_MIME = 'application/vnd.sparkbook.table+json';
/** MIME type of a tensor preview: shape, dtype and a 2D window of its values. */
export const TENSOR_MIME = 'application/vnd.sparkbook.tensor+json';
/** MIME type of a Keras-like model summary. */
export const MODEL_MIME = 'application/vnd.sparkbook.model+json';
/** MIME type of a line chart of numeric series (training history, live training). */
export const CHART_MIME = 'application/vnd.sparkbook.chart+json';
/** MIME type of a classifier's results: confusion matrix and per-class precision/recall/F1. */
export const CLASSIFICATION_MIME = 'application/vnd.sparkbook.classification+json';
/** MIME type of a regression model's results: MSE/MAE/RMSE/R², optionally predicted vs actual. */
export const REGRESSION_MIME = 'application/vnd.sparkbook.regression+json';
/** MIME type of a parameter sweep's results: one row per configuration, for a table and a chart. */
export const SWEEP_MIME = 'application/vnd.sparkbook.sweep+json';

/** All of our rich MIME types; a bundle normally holds at most one of them. */
export const SPARKBOOK_MIME_TYPES = [
  MODEL_MIME,
  TENSOR_MIME,
  TABLE_MIME,
  CHART_MIME,
  CLASSIFICATION_MIME,
  REGRESSION_MIME,
  SWEEP_MIME,
  HISTOGRAM_MIME,
  HEATMAP_MIME,
  PROGRESS_MIME,
] as const;
/** One of our rich MIME types. */
export type SparkbookMimeType = (typeof SPARKBOOK_MIME_TYPES)[number];

// JSON has no NaN or Infinity (JSON.stringify turns them into null), so producers write
// non-finite numbers as strings and z.number() (finite only in zod 4) never sees them.
/** One table cell: JSON-safe, so it survives postMessage and .ipynb round trips alike. */
export const TableCellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
/** One table cell. */
export type TableCell = z.infer<typeof TableCellSchema>;

const isTableCell = (value: unknown): value is TableCell =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

/**
 * Rows of table cells, checked in a plain loop and kept as they are: a saved table may hold
 * 100,000 rows, and zod's parse of every cell (with a copy of every row) would hold the page
 * for a long task as the notebook opens. Accepts exactly what z.array(z.array(TableCellSchema))
 * accepts, and names the first offending cell the same way (`rows.3.1`).
 */
const TableRowsSchema = z.custom<TableCell[][]>().superRefine((rows, ctx) => {
  if (!Array.isArray(rows)) return ctx.addIssue({ code: 'custom', message: 'expected an array of rows' });
  for (let r = 0; r < rows.length; r++) {
    const row: unknown = rows[r];
    if (!Array.isArray(row)) return ctx.addIssue({ code: 'custom', message: 'expected a row (an array of cells)', path: [r] });
    for (let c = 0; c < row.length; c++) {
      if (!isTableCell(row[c]))
        return ctx.addIssue({ code: 'custom', message: 'expected a string, a finite number, a boolean or null', path: [r, c] });
    }
  }
});

/** Payload of TABLE_MIME. */
export const TableSchema = z.object({
  /** Column headers, in display order. */
  columns: z.array(z.string()),
  /** The rows shown; at most a producer-chosen limit, each as long as `columns`. */
  rows: TableRowsSchema,
  /** How many rows the source really had, so the page can say "showing 100 of 5000". */
  totalRows: z.number().int().nonnegative(),
  /** Shown above the table (also used to say that columns were left out). */
  caption: z.string().optional(),
});
/** A table as TABLE_MIME carries it. */
export type TableData = z.infer<typeof TableSchema>;

/** Payload of TENSOR_MIME. */
export const TensorSchema = z.object({
  /** The tensor's full shape, e.g. [60000, 28, 28]. */
  shape: z.array(z.number().int().nonnegative()),
  /** tfjs dtype: float32, int32, bool, string, complex64. */
  dtype: z.string(),
  /** Number of elements in the whole tensor. */
  size: z.number().int().nonnegative(),
  /**
   * A 2D window of the values. Rank 0 is one cell, rank 1 one row, rank 2 the top-left
   * corner; higher ranks stack the leading 2D slices with labels like "[0,1,2]".
   */
  values: z.object({
    /** One label per column: the index along the last axis. */
    columnLabels: z.array(z.string()),
    /** One label per row: the index (or the leading indices) of that row. */
    rowLabels: z.array(z.string()),
    rows: z.array(z.array(TableCellSchema)),
  }),
  /** True when `values` shows less than the whole tensor. */
  truncated: z.boolean(),
});
/** A tensor preview as TENSOR_MIME carries it. */
export type TensorData = z.infer<typeof TensorSchema>;

/** One row of a model summary. */
export const ModelLayerSchema = z.object({
  /** The layer's name, e.g. "dense_Dense1". */
  name: z.string(),
  /** Its class, e.g. "Dense". */
  className: z.string(),
  /** Output shape as tfjs writes it, e.g. "[null,10]"; "multiple" when it has several. */
  outputShape: z.string(),
  /** Number of weights in this layer. */
  params: z.number().int().nonnegative(),
});
/** One layer row of a model summary. */
export type ModelLayer = z.infer<typeof ModelLayerSchema>;

/** Payload of MODEL_MIME. */
export const ModelSummarySchema = z.object({
  /** The model's name, e.g. "sequential_1". */
  name: z.string(),
  layers: z.array(ModelLayerSchema),
  totalParams: z.number().int().nonnegative(),
  trainableParams: z.number().int().nonnegative(),
  nonTrainableParams: z.number().int().nonnegative(),
});
/** A model summary as MODEL_MIME carries it. */
export type ModelSummary = z.infer<typeof ModelSummarySchema>;

/** One line of a chart. */
export const ChartSeriesSchema = z.object({
  /** Legend text, e.g. "val_loss". */
  name: z.string(),
  /** [x, y] pairs; non-finite values are left out by producers (JSON cannot hold them). */
  points: z.array(z.tuple([z.number(), z.number()])),
  /** Drawn dashed; validation series are, so they read as the twin of their training series. */
  dashed: z.boolean().optional(),
  /**
   * Which y axis it is read against. Loss and accuracy share one chart (one bundle holds one
   * chart) but not one scale, so metrics go on the right axis. Default 'left'.
   */
  axis: z.enum(['left', 'right']).optional(),
});
/** One line of a chart. */
export type ChartSeries = z.infer<typeof ChartSeriesSchema>;

/** Payload of CHART_MIME. */
export const ChartSchema = z.object({
  /** Shown above the chart and used for its accessible name ("Loss" -> "Loss chart"). */
  title: z.string().optional(),
  xLabel: z.string(),
  /** Label of the left axis. */
  yLabel: z.string().optional(),
  /** Label of the right axis, when any series uses it. */
  yLabelRight: z.string().optional(),
  series: z.array(ChartSeriesSchema),
  /** Start with a log-scaled left axis (the reader can toggle it). */
  logScale: z.boolean().optional(),
  /** 'point' draws a scatter plot (show.scatter); default 'line'. */
  mark: z.enum(['line', 'point']).optional(),
  /** Fixed x axis range; default: the data's. */
  xDomain: z.tuple([z.number(), z.number()]).optional(),
  /** Fixed range of the left y axis; default: fitted to the data. */
  yDomain: z.tuple([z.number(), z.number()]).optional(),
});
/** A chart as CHART_MIME carries it. */
export type ChartData = z.infer<typeof ChartSchema>;

/** Precision, recall and F1 averaged over classes. */
export const AveragesSchema = z.object({ precision: z.number(), recall: z.number(), f1: z.number() });
/** Precision, recall and F1 averaged over classes. */
export type Averages = z.infer<typeof AveragesSchema>;

const count = z.number().int().nonnegative();

/**
 * Payload of CLASSIFICATION_MIME; the fields of lib/metrics' ClassificationReport, so
 * spark.evaluate's result and a saved job's evaluation fit it as they are.
 */
export const ClassificationSchema = z
  .object({
    /** Shown above the results, e.g. "Test set". */
    title: z.string().optional(),
    /** One name per class, in label order. */
    classNames: z.array(z.string()).min(1),
    /** Counts; rows are the true class, columns the predicted class. */
    confusionMatrix: z.array(z.array(count)),
    /** Per class, zero_division=0: a class never predicted has precision 0, not NaN. */
    precision: z.array(z.number()),
    /** Per class: the share of its samples predicted as it. */
    recall: z.array(z.number()),
    /** Per class: harmonic mean of precision and recall. */
    f1: z.array(z.number()),
    /** Samples of each true class. */
    support: z.array(count),
    /** Share of all samples predicted correctly. */
    accuracy: z.number(),
    /** Unweighted mean over all classes. */
    macro: AveragesSchema,
    /** Mean weighted by support; a saved job may lack it, and the view then derives it. */
    weighted: AveragesSchema.optional(),
    /** The model's loss on the same data, when known. */
    loss: z.number().optional(),
    /** The cluster job that produced it, so the page can link to its history. */
    jobId: z.string().optional(),
  })
  .superRefine((data, ctx) => {
    // Every per-class list must line up with classNames, or the tables would mislabel rows.
    const n = data.classNames.length;
    const perClass = ['confusionMatrix', 'precision', 'recall', 'f1', 'support'] as const;
    for (const key of perClass) {
      if (data[key].length !== n) {
        ctx.addIssue({ code: 'custom', path: [key], message: `has ${data[key].length} entries for ${n} classes` });
      }
    }
    data.confusionMatrix.forEach((row, r) => {
      if (row.length !== n) {
        ctx.addIssue({ code: 'custom', path: ['confusionMatrix', r], message: `has ${row.length} columns for ${n} classes` });
      }
    });
  });
/** A classifier's results as CLASSIFICATION_MIME carries them. */
export type ClassificationData = z.infer<typeof ClassificationSchema>;

/** Predicted and actual values in order, for the predicted-vs-actual chart. */
export const RegressionSeriesSchema = z
  .object({
    /** Targets, one per time step. */
    actual: z.array(z.number()),
    /** The model's predictions for the same steps. */
    predicted: z.array(z.number()),
    /** What the values are, e.g. "Temperature (°C)"; labels the chart's y axis. */
    label: z.string().optional(),
    /** How many points the data had when the producer kept only the first `actual.length`. */
    total: count.optional(),
  })
  .refine((s) => s.actual.length === s.predicted.length, {
    path: ['predicted'],
    message: 'must be as long as actual',
  });
/** Predicted and actual values in order. */
export type RegressionSeries = z.infer<typeof RegressionSeriesSchema>;

/** Payload of REGRESSION_MIME; the fields of lib/metrics' RegressionReport plus a chart. */
export const RegressionSchema = z.object({
  /** Shown above the results, e.g. "Holdout". */
  title: z.string().optional(),
  /** Mean squared error. */
  mse: z.number(),
  /** Mean absolute error. */
  mae: z.number(),
  /** Root of the MSE, in the targets' own unit. */
  rmse: z.number(),
  /** Coefficient of determination; can be negative for a model worse than the mean. */
  r2: z.number(),
  /** Number of values scored. */
  count,
  /** The model's loss on the same data, when known. */
  loss: z.number().optional(),
  /** The cluster job that produced it. */
  jobId: z.string().optional(),
  /** Present when the view should chart predicted against actual. */
  series: RegressionSeriesSchema.optional(),
});
/** A regression model's results as REGRESSION_MIME carries them. */
export type RegressionData = z.infer<typeof RegressionSchema>;

/** Maps each of our MIME types to the schema of its payload. */
export const SPARKBOOK_SCHEMAS = {
  [TABLE_MIME]: TableSchema,
  [TENSOR_MIME]: TensorSchema,
  [MODEL_MIME]: ModelSummarySchema,
  [CHART_MIME]: ChartSchema,
  [CLASSIFICATION_MIME]: ClassificationSchema,
  [REGRESSION_MIME]: RegressionSchema,
  [SWEEP_MIME]: sweepSummarySchema,
  [HISTOGRAM_MIME]: HistogramSchema,
  [HEATMAP_MIME]: HeatmapSchema,
  [PROGRESS_MIME]: FitProgressSchema,
} as const;

/** A validated rich payload, tagged with its MIME type. */
export type SparkbookPayload =
  | { mime: typeof TABLE_MIME; data: TableData }
  | { mime: typeof TENSOR_MIME; data: TensorData }
  | { mime: typeof MODEL_MIME; data: ModelSummary }
  | { mime: typeof CHART_MIME; data: ChartData }
  | { mime: typeof CLASSIFICATION_MIME; data: ClassificationData }
  | { mime: typeof REGRESSION_MIME; data: RegressionData }
  | { mime: typeof SWEEP_MIME; data: SweepSummary }
  | { mime: typeof HISTOGRAM_MIME; data: HistogramData }
  | { mime: typeof HEATMAP_MIME; data: HeatmapData }
  | { mime: typeof PROGRESS_MIME; data: FitProgressData };

/**
 * Validates `data` as the payload of `mime`; returns null when it does not fit, with the
 * offending path in `error` so a caller can log why a saved output fell back to text.
 */
export function parseSparkbookPayload(
  mime: SparkbookMimeType,
  data: unknown,
): { payload: SparkbookPayload; error?: undefined } | { payload: null; error: string } {
  const result = SPARKBOOK_SCHEMAS[mime].safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return { payload: null, error: `${mime}: ${where}: ${issue?.message ?? 'invalid'}` };
  }
  return { payload: { mime, data: result.data } as SparkbookPayload };
}

/**
 * Payloads of the charts show.histogram and show.heatmap draw (tfjs-vis render.* parity). Line
 * and scatter charts are the existing CHART_MIME (a scatter is its `mark: 'point'`). Validated on
 * the page like every payload of ours: a saved notebook is untrusted input.
 */
import { z } from 'zod';

/** MIME type of a histogram: counts of values in bins, with summary statistics. */
export const HISTOGRAM_MIME = 'application/vnd.sparkbook.histogram+json';
/** MIME type of a heatmap: a matrix of values drawn as coloured cells. */
export const HEATMAP_MIME = 'application/vnd.sparkbook.heatmap+json';

/** One bin: values in [x0, x1) (the last bin includes x1). */
export const HistogramBinSchema = z.object({ x0: z.number(), x1: z.number(), count: z.number().int().nonnegative() });
/** One bin of a histogram. */
export type HistogramBin = z.infer<typeof HistogramBinSchema>;

/** Payload of HISTOGRAM_MIME. */
export const HistogramSchema = z.object({
  /** Shown above the chart and used for its accessible name. */
  title: z.string().optional(),
  xLabel: z.string().optional(),
  yLabel: z.string().optional(),
  /** In order of x0; adjacent bins share an edge. */
  bins: z.array(HistogramBinSchema),
  /** What tfjs-vis prints beside its histogram: how many values, their range, zeros and non-finite ones. */
  stats: z.object({
    count: z.number().int().nonnegative(),
    /** Of the finite values; absent when there are none. */
    min: z.number().optional(),
    max: z.number().optional(),
    zeros: z.number().int().nonnegative(),
    /** NaN and ±Infinity are counted, not binned. */
    nonFinite: z.number().int().nonnegative(),
  }),
});
/** A histogram as HISTOGRAM_MIME carries it. */
export type HistogramData = z.infer<typeof HistogramSchema>;

/** The colour scales tfjs-vis offers for heatmaps. */
export const COLOR_MAPS = ['viridis', 'blues', 'greyscale'] as const;
/** One of the heatmap colour scales. */
export type ColorMap = (typeof COLOR_MAPS)[number];

/** Payload of HEATMAP_MIME. */
export const HeatmapSchema = z
  .object({
    title: z.string().optional(),
    xLabel: z.string().optional(),
    yLabel: z.string().optional(),
    /** One label per column, left to right. */
    xTickLabels: z.array(z.string()),
    /** One label per row, top to bottom. */
    yTickLabels: z.array(z.string()),
    /** Rows top to bottom, each one value per column; null where a value was NaN or infinite. */
    values: z.array(z.array(z.number().nullable())),
    colorMap: z.enum(COLOR_MAPS),
    /** The values at the two ends of the colour scale. */
    domain: z.tuple([z.number(), z.number()]),
  })
  .superRefine((data, ctx) => {
    // Labels must line up with the matrix, or cells would be drawn under the wrong names.
    if (data.values.length !== data.yTickLabels.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['values'],
        message: `has ${data.values.length} rows for ${data.yTickLabels.length} yTickLabels`,
      });
    }
    data.values.forEach((row, r) => {
      if (row.length !== data.xTickLabels.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['values', r],
          message: `has ${row.length} values for ${data.xTickLabels.length} xTickLabels`,
        });
      }
    });
  });
/** A heatmap as HEATMAP_MIME carries it. */
export type HeatmapData = z.infer<typeof HeatmapSchema>;

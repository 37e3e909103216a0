/**
 * The Vega-Lite twins of our charts: a spec JupyterLab and VS Code draw for an exported notebook,
 * where our own chart type means nothing. Series are thinned exactly as the page thins them, so a
 * 10 000-step loss curve adds a few kilobytes to the file, not a megabyte.
 */
import { defaultOver, SEED_PARAM, sweepChart, type SweepMetric } from '../experiments/sweepChart';
import type { SweepSummary } from '../experiments/sweepSummary';
import { colorStops } from './colorMaps';
import type { ChartData, RegressionData } from './mime';
import type { HeatmapData, HistogramData } from './plotSchemas';
import { formatNumber } from './plainText';
import { regressionChart } from './regressionChart';
import { thinChart } from './thinChart';
import { csvData } from './vegaLiteData';

/** The MIME type JupyterLab's and VS Code's Vega renderers read. */
export const VEGA_LITE_MIME = 'application/vnd.vegalite.v5+json';
const SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';
/** Fixed size: some renderers give a `container`-sized chart no width at all. */
const WIDTH = 480;
const HEIGHT = 240;
/** Up to this many points per series, each point gets a dot (a 5-epoch curve reads better so). */
const MAX_DOTTED_POINTS = 40;

/** A Vega-Lite spec, as JSON; vega-lite's own types stay out of the app (it is a test-only dependency). */
export type VegaLiteSpec = Record<string, unknown>;

const SOLID = [1, 0];
const DASHED = [6, 4];

function titleOf(title: string | undefined, subtitle: string | undefined): unknown {
  if (subtitle === undefined) return title;
  return { text: title ?? '', subtitle };
}

/** A line chart of our chart payload: loss on the left axis, metrics on the right, validation dashed. */
export function chartSpec(chart: ChartData, options: { subtitle?: string } = {}): VegaLiteSpec {
  const drawn = thinChart(chart);
  const names = drawn.series.map((s) => s.name);
  const rows = drawn.series.flatMap((s) => s.points.map(([x, y]) => [s.name, x, y]));
  const dotted = drawn.series.every((s) => s.points.length <= MAX_DOTTED_POINTS);
  const scatter = chart.mark === 'point';
  const onAxis = (axis: 'left' | 'right') => drawn.series.filter((s) => (s.axis ?? 'left') === axis);
  const layer = (axis: 'left' | 'right', title: string | undefined) => {
    const series = onAxis(axis);
    // A log axis cannot show zero or less; such a chart starts linear in the page too.
    const log = axis === 'left' && chart.logScale === true && series.every((s) => s.points.every(([, y]) => y > 0));
    const yDomain = axis === 'left' ? chart.yDomain : undefined;
    return {
      transform: [{ filter: { field: 'series', oneOf: series.map((s) => s.name) } }],
      mark: scatter ? { type: 'point', filled: true, clip: true } : { type: 'line', point: dotted, clip: true },
      encoding: {
        x: { field: 'x', type: 'quantitative', title: chart.xLabel, ...(chart.xDomain ? { scale: { domain: chart.xDomain } } : {}) },
        y: {
          field: 'y',
          type: 'quantitative',
          title: title ?? null,
          axis: { orient: axis },
          scale: yDomain ? { domain: yDomain } : log ? { type: 'log' } : { zero: false },
        },
        color: { field: 'series', type: 'nominal', title: null, scale: { domain: names } },
        ...(scatter
          ? {}
          : {
              strokeDash: {
                field: 'series',
                type: 'nominal',
                legend: null,
                scale: { domain: names, range: drawn.series.map((s) => (s.dashed ? DASHED : SOLID)) },
              },
            }),
        tooltip: [
          { field: 'series', type: 'nominal' },
          { field: 'x', type: 'quantitative', title: chart.xLabel },
          { field: 'y', type: 'quantitative', format: '.4~g' },
        ],
      },
    };
  };
  const layers = [
    ...(onAxis('left').length > 0 || onAxis('right').length === 0 ? [layer('left', chart.yLabel)] : []),
    ...(onAxis('right').length > 0 ? [layer('right', chart.yLabelRight)] : []),
  ];
  return {
    $schema: SCHEMA,
    ...(chart.title !== undefined || options.subtitle !== undefined ? { title: titleOf(chart.title, options.subtitle) } : {}),
    width: WIDTH,
    height: HEIGHT,
    data: csvData(['series', 'x', 'y'], rows, ['x', 'y']),
    ...(layers.length === 1 ? layers[0] : { layer: layers, resolve: { scale: { y: 'independent' } } }),
  };
}

/** Predicted against actual, with the metrics as subtitle; null when the payload has no series. */
export function regressionSpec(data: RegressionData): VegaLiteSpec | null {
  const chart = regressionChart(data);
  if (!chart) return null;
  const metrics = `MSE ${formatNumber(data.mse)} \u00b7 MAE ${formatNumber(data.mae)} \u00b7 RMSE ${formatNumber(data.rmse)} \u00b7 R\u00b2 ${formatNumber(data.r2)}`;
  return chartSpec({ ...chart, title: data.title ? `${data.title}: ${chart.title}` : chart.title }, { subtitle: metrics });
}

/** The view the page opens a sweep with: accuracy (else loss) against the first parameter that is not the seed. */
function initialSweepChoice(summary: SweepSummary): { metric: SweepMetric; x: string; over?: string } {
  const metric: SweepMetric = summary.rows.some((r) => r.accuracy !== undefined) || summary.rows.length === 0 ? 'accuracy' : 'loss';
  const x = summary.params.find((p) => p !== SEED_PARAM) ?? summary.params[0];
  return { metric, x, over: defaultOver(summary.params, x) };
}

/**
 * The sweep's metric against its first parameter (a log axis for learning rates), one line per
 * configuration of the others, or the mean over seeds with a min–max rule; null with nothing to draw.
 */
export function sweepSpec(summary: SweepSummary): VegaLiteSpec | null {
  if (summary.params.length === 0) return null;
  const choice = initialSweepChoice(summary);
  const data = sweepChart(summary, choice);
  const points = data.lines.flatMap((line) => line.points.map((p) => ({ line: line.name, ...p })));
  if (points.length === 0) return null;
  const spread = points.some((p) => p.spread !== undefined);
  const rows = points.map((p) => [
    p.line,
    data.scale === 'category' ? String(p.value) : p.x,
    p.y,
    // Averaged, every point has a spread; not averaged, none has: the fallback only satisfies the type.
    ...(spread ? [p.spread?.min ?? p.y, p.spread?.max ?? p.y] : []),
  ]);
  const x =
    data.scale === 'category'
      ? { field: 'x', type: 'ordinal', title: choice.x, sort: data.ticks.map((t) => t.label) }
      : { field: 'x', type: 'quantitative', title: choice.x, scale: data.scale === 'log' ? { type: 'log' } : { zero: false } };
  const yTitle = data.over ? `${choice.metric} (mean over ${data.over}s)` : choice.metric;
  const color = { field: 'line', type: 'nominal', title: null };
  const layers: Record<string, unknown>[] = [
    {
      mark: { type: 'line', point: true },
      encoding: { x, y: { field: 'y', type: 'quantitative', title: yTitle, scale: { zero: false } }, color },
    },
  ];
  if (spread) {
    layers.push({
      mark: { type: 'rule' },
      encoding: { x, y: { field: 'min', type: 'quantitative' }, y2: { field: 'max' }, color },
    });
  }
  return {
    $schema: SCHEMA,
    title: { text: `Sweep ${summary.name}`, subtitle: `${choice.metric} against ${choice.x}` },
    width: WIDTH,
    height: HEIGHT,
    data: csvData(['line', 'x', 'y', ...(spread ? ['min', 'max'] : [])], rows, [
      ...(data.scale === 'category' ? [] : ['x']),
      'y',
      ...(spread ? ['min', 'max'] : []),
    ]),
    layer: layers,
  };
}

/** Bars of the kernel's bins (the values themselves are not in the output), the statistics as subtitle. */
export function histogramSpec(data: HistogramData): VegaLiteSpec {
  const { stats } = data;
  const subtitle = [
    `count ${stats.count}`,
    ...(stats.min !== undefined && stats.max !== undefined ? [`min ${formatNumber(stats.min)}`, `max ${formatNumber(stats.max)}`] : []),
    `zeros ${stats.zeros}`,
    `NaN/Infinity ${stats.nonFinite}`,
  ].join(' \u00b7 ');
  return {
    $schema: SCHEMA,
    title: titleOf(data.title, subtitle),
    width: WIDTH,
    height: HEIGHT,
    data: csvData(
      ['x0', 'x1', 'count'],
      data.bins.map((b) => [b.x0, b.x1, b.count]),
      ['x0', 'x1', 'count'],
    ),
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'x0', type: 'quantitative', bin: 'binned', title: data.xLabel ?? null },
      x2: { field: 'x1' },
      y: { field: 'count', type: 'quantitative', title: data.yLabel ?? 'count' },
      tooltip: [
        { field: 'x0', type: 'quantitative', title: 'from' },
        { field: 'x1', type: 'quantitative', title: 'to' },
        { field: 'count', type: 'quantitative' },
      ],
    },
  };
}

/** The matrix as coloured cells, rows top to bottom and columns left to right as the page draws them. */
export function heatmapSpec(data: HeatmapData): VegaLiteSpec {
  const rows = data.values.flatMap((row, r) => row.map((value, c) => [c, r, value ?? '']));
  // Tick labels may repeat, so cells are placed by index and the axes print the labels.
  const labelled = (labels: string[]) => ({ labelExpr: `${JSON.stringify(labels)}[datum.value]` });
  const stops = colorStops(data.colorMap);
  return {
    $schema: SCHEMA,
    ...(data.title !== undefined ? { title: data.title } : {}),
    width: WIDTH,
    height: HEIGHT,
    data: csvData(['column', 'row', 'value'], rows, ['column', 'row', 'value']),
    mark: { type: 'rect', tooltip: true },
    encoding: {
      x: { field: 'column', type: 'ordinal', title: data.xLabel ?? null, axis: labelled(data.xTickLabels) },
      y: { field: 'row', type: 'ordinal', title: data.yLabel ?? null, axis: labelled(data.yTickLabels) },
      fill: {
        field: 'value',
        type: 'quantitative',
        title: null,
        scale: { domain: data.domain, ...(data.colorMap === 'viridis' ? { scheme: 'viridis' } : { range: [...stops] }) },
      },
    },
    config: { scale: { bandPaddingInner: 0, bandPaddingOuter: 0 } },
  };
}

/**
 * show.line and show.scatter, tfjs-vis's render.linechart and render.scatterplot without the
 * container argument:
 *   show.line({ values: [{ x, y }, …] }, { title, xLabel, yLabel })
 *   show.scatter({ values: [[{ x, y }, …], [{ x, y }, …]], series: ['train', 'test'] })
 * Both become the chart output (CHART_MIME) that training curves use; a scatter is its
 * `mark: 'point'`. As in tfjs-vis, the y axis starts at zero unless zoomToFit is true.
 */
import { CHART_MIME, type ChartData, type ChartSeries } from '../../../lib/outputs/mime';
import { chartText } from '../../../lib/outputs/plainText';
import { niceStep } from '../../../lib/outputs/histogramBins';
import { thinPoints } from '../../../lib/outputs/thinChart';
import { mimeBundle, type DisplayBundle } from './display/mimeBundle';
import { booleanOption, checkOptionKeys, domainOption, stringOption } from './showOptions';
import { describeValue } from './showValues';

/** Data of show.line and show.scatter, as tfjs-vis takes it. */
export interface XYData {
  /** One series of points, or one array of points per series. */
  values: { x: number; y: number }[] | { x: number; y: number }[][];
  /** One name per series (default "Series 1", "Series 2", …). */
  series?: string[];
}

/** Options of show.line and show.scatter. */
export interface XYOptions {
  title?: string;
  xLabel?: string;
  yLabel?: string;
  /** Fixed x range [min, max]. */
  xAxisDomain?: [number, number];
  /** Fixed y range [min, max]. */
  yAxisDomain?: [number, number];
  /** Fit the y axis to the data instead of starting it at zero (default false, as tfjs-vis). */
  zoomToFit?: boolean;
}

const OPTIONS = ['title', 'xLabel', 'yLabel', 'xAxisDomain', 'yAxisDomain', 'zoomToFit'] as const;

/** A line keeps its shape when thinned evenly, so a long one is stored thinned to this many points. */
export const MAX_LINE_POINTS = 2000;
/** Scattered points do not survive thinning (each one is data), so more than this is refused. */
export const MAX_SCATTER_POINTS = 5000;

const EXPECTED = 'give { values: [{ x, y }, …] }, or { values: [[{ x, y }, …], …], series: [names] } for several series';

function isPoint(value: unknown): value is { x: unknown; y: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'x' in value && 'y' in value;
}

/** The series of `data`, each as [x, y] pairs; non-finite points are left out (JSON cannot hold them). */
export function readSeries(fn: string, data: unknown): { name: string; points: [number, number][] }[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('values' in data)) {
    const hint = Array.isArray(data) ? ' (an array was given: wrap it as { values: [...] })' : '';
    throw new Error(`${fn}: data must be an object with values; ${EXPECTED} (got ${describeValue(data)})${hint}`);
  }
  const { values, series } = data as { values: unknown; series?: unknown };
  if (!Array.isArray(values) || values.length === 0) {
    throw new Error(`${fn}: data.values must be a non-empty array; ${EXPECTED} (got ${describeValue(values)})`);
  }
  const nested = values.every((v) => Array.isArray(v));
  if (!nested && values.some((v) => Array.isArray(v))) {
    throw new Error(`${fn}: data.values mixes points and arrays of points; ${EXPECTED}`);
  }
  const lists = (nested ? values : [values]) as unknown[][];
  if (series !== undefined) {
    if (!Array.isArray(series) || !series.every((s) => typeof s === 'string')) {
      throw new Error(`${fn}: data.series must be an array of names, one per series (got ${describeValue(series)})`);
    }
    if (series.length !== lists.length) {
      throw new Error(`${fn}: ${series.length} series names for ${lists.length} series of values; give one name per series`);
    }
  }
  return lists.map((list, s) => {
    const points: [number, number][] = [];
    list.forEach((point, i) => {
      const where = nested ? `data.values[${s}][${i}]` : `data.values[${i}]`;
      if (!isPoint(point) || typeof point.x !== 'number' || typeof point.y !== 'number') {
        throw new Error(`${fn}: ${where} is ${describeValue(point)}; each point must be { x: number, y: number }`);
      }
      if (Number.isFinite(point.x) && Number.isFinite(point.y)) points.push([point.x, point.y]);
    });
    return { name: (series as string[] | undefined)?.[s] ?? `Series ${s + 1}`, points };
  });
}

/** tfjs-vis's default y axis: it includes zero, whatever the data's range. */
function yFromZero(series: ChartSeries[]): [number, number] | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const s of series) {
    for (const [, y] of s.points) {
      min = Math.min(min, y);
      max = Math.max(max, y);
    }
  }
  if (!Number.isFinite(min)) return undefined;
  const [lo, hi] = [Math.min(0, min), Math.max(0, max)];
  if (!(lo < hi)) return undefined;
  // Out to round numbers, so the axis ends on a tick ([0, 43] becomes [0, 50]).
  const step = niceStep((hi - lo) / 5);
  const round = (v: number) => Number(v.toPrecision(12));
  return [round(Math.floor(lo / step + 1e-9) * step), round(Math.ceil(hi / step - 1e-9) * step)];
}

function xyChart(fn: string, mark: 'line' | 'point', data: unknown, options: unknown): DisplayBundle {
  const opts = checkOptionKeys(fn, options, OPTIONS);
  const title = stringOption(fn, opts, 'title');
  const xLabel = stringOption(fn, opts, 'xLabel') ?? 'x';
  const yLabel = stringOption(fn, opts, 'yLabel') ?? 'y';
  const xDomain = domainOption(fn, opts, 'xAxisDomain');
  const yAxisDomain = domainOption(fn, opts, 'yAxisDomain');
  const zoomToFit = booleanOption(fn, opts, 'zoomToFit', false);
  const read = readSeries(fn, data);
  if (read.every((s) => s.points.length === 0)) {
    throw new Error(`${fn}: every point has a NaN or infinite x or y; there is nothing to draw`);
  }
  const series: ChartSeries[] = read.map(({ name, points }) => {
    if (mark === 'point' && points.length > MAX_SCATTER_POINTS) {
      throw new Error(
        `${fn}: series "${name}" has ${points.length} points, more than one scatter plot draws (${MAX_SCATTER_POINTS}); ` +
          'pass a sample of them, e.g. values.filter((_, i) => i % 10 === 0)',
      );
    }
    return { name, points: mark === 'line' ? [...thinPoints(points, MAX_LINE_POINTS)] : points };
  });
  const yDomain = yAxisDomain ?? (zoomToFit ? undefined : yFromZero(series));
  const chart: ChartData = {
    ...(title !== undefined ? { title } : {}),
    xLabel,
    yLabel,
    series,
    ...(mark === 'point' ? { mark } : {}),
    ...(xDomain ? { xDomain } : {}),
    ...(yDomain ? { yDomain } : {}),
  };
  return mimeBundle({ 'text/plain': chartText(chart), [CHART_MIME]: chart });
}

/** A line chart of one or more series of { x, y } points (tfjs-vis render.linechart). */
export function showLine(data: XYData, options?: XYOptions): DisplayBundle {
  return xyChart('show.line', 'line', data, options);
}

/** A scatter plot of one or more series of { x, y } points (tfjs-vis render.scatterplot). */
export function showScatter(data: XYData, options?: XYOptions): DisplayBundle {
  return xyChart('show.scatter', 'point', data, options);
}

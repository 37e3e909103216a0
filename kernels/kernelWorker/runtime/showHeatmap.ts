/**
 * show.heatmap({ values, xTickLabels, yTickLabels }, { colorMap, domain, rowMajor, … }),
 * tfjs-vis's render.heatmap without the container. As in tfjs-vis, values[i][j] is column
 * (x) i, row (y) j unless rowMajor is true, when values[row][column] reads as printed.
 */
import * as tf from '@tensorflow/tfjs';
import { COLOR_MAPS, HEATMAP_MIME, type ColorMap, type HeatmapData } from '../../../lib/outputs/plotSchemas';
import { heatmapText } from '../../../lib/outputs/plotText';
import { mimeBundle, type DisplayBundle } from './display/mimeBundle';
import { booleanOption, checkOptionKeys, domainOption, stringOption } from './showOptions';
import { describeValue, readValues, shapeText } from './showValues';

/** Data of show.heatmap, as tfjs-vis takes it. */
export interface HeatmapInput {
  /** A 2-D array or tensor. */
  values: number[][] | tf.Tensor2D;
  /** One label per column (x position). */
  xTickLabels?: string[];
  /** One label per row (y position). */
  yTickLabels?: string[];
}

/** Options of show.heatmap. */
export interface HeatmapOptions {
  title?: string;
  xLabel?: string;
  yLabel?: string;
  /** 'viridis' (default), 'blues' or 'greyscale'. */
  colorMap?: ColorMap;
  /** The values at the ends of the colour scale (default: the data's min and max). */
  domain?: [number, number];
  /** values[row][column] instead of tfjs-vis's default values[column][row]. */
  rowMajor?: boolean;
}

const FN = 'show.heatmap';
const OPTIONS = ['title', 'xLabel', 'yLabel', 'colorMap', 'domain', 'rowMajor'] as const;
/** Cells of the largest heatmap; a bigger matrix is better shown as an image or sliced. */
export const MAX_CELLS = 40_000;

function tickLabels(
  data: Record<string, unknown>,
  key: 'xTickLabels' | 'yTickLabels',
  count: number,
  axis: string,
  shape: number[],
  rowMajor: boolean,
): string[] {
  const labels = data[key];
  if (labels === undefined) return Array.from({ length: count }, (_, i) => String(i));
  if (!Array.isArray(labels)) throw new Error(`${FN}: data.${key} must be an array of labels, one per ${axis}`);
  if (labels.length !== count) {
    const layout = rowMajor
      ? 'with rowMajor: true, values[row][column]'
      : 'values[i][j] is column i, row j (tfjs-vis’s default; pass { rowMajor: true } for values[row][column])';
    throw new Error(`${FN}: ${labels.length} ${key} for ${count} ${axis}s of values shaped ${shapeText(shape)}; ${layout}`);
  }
  return labels.map((l) => String(l));
}

/** A heatmap of a 2-D array or tensor (tfjs-vis render.heatmap). */
export function showHeatmap(data: HeatmapInput, options?: HeatmapOptions): DisplayBundle {
  const opts = checkOptionKeys(FN, options, OPTIONS);
  const title = stringOption(FN, opts, 'title');
  const xLabel = stringOption(FN, opts, 'xLabel');
  const yLabel = stringOption(FN, opts, 'yLabel');
  const rowMajor = booleanOption(FN, opts, 'rowMajor', false);
  const givenDomain = domainOption(FN, opts, 'domain');
  const colorMap = (opts.colorMap ?? 'viridis') as ColorMap;
  if (!COLOR_MAPS.includes(colorMap)) {
    throw new Error(`${FN}: colorMap must be ${COLOR_MAPS.map((m) => `'${m}'`).join(', ')} (got ${describeValue(opts.colorMap)})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || data instanceof tf.Tensor || !('values' in data)) {
    const hint = Array.isArray(data) || data instanceof tf.Tensor ? ' (wrap the matrix as { values: matrix })' : '';
    throw new Error(
      `${FN}: data must be { values: a 2-D array or tensor, xTickLabels?, yTickLabels? } (got ${describeValue(data)})${hint}`,
    );
  }
  const { values, shape } = readValues(FN, 'data.values', data.values);
  if (shape.length !== 2 || shape[0] === 0 || shape[1] === 0) {
    throw new Error(
      `${FN}: data.values has shape ${shapeText(shape)}; give a non-empty 2-D array or tensor, shaped [columns, rows] (or [rows, columns] with rowMajor: true)`,
    );
  }
  if (shape[0] * shape[1] > MAX_CELLS) {
    throw new Error(
      `${FN}: data.values has ${shape[0] * shape[1]} cells (shape ${shapeText(shape)}), more than one heatmap draws (${MAX_CELLS}); slice or pool it first`,
    );
  }
  const [rows, columns] = rowMajor ? [shape[0], shape[1]] : [shape[1], shape[0]];
  const at = (r: number, c: number) => (rowMajor ? values[r * shape[1] + c] : values[c * shape[1] + r]);
  const matrix: (number | null)[][] = [];
  let min = Infinity;
  let max = -Infinity;
  for (let r = 0; r < rows; r++) {
    const row: (number | null)[] = [];
    for (let c = 0; c < columns; c++) {
      const v = at(r, c);
      if (Number.isFinite(v)) {
        row.push(v);
        if (v < min) min = v;
        if (v > max) max = v;
      } else row.push(null);
    }
    matrix.push(row);
  }
  const record = data as unknown as Record<string, unknown>;
  const heatmap: HeatmapData = {
    ...(title !== undefined ? { title } : {}),
    ...(xLabel !== undefined ? { xLabel } : {}),
    ...(yLabel !== undefined ? { yLabel } : {}),
    xTickLabels: tickLabels(record, 'xTickLabels', columns, 'column', shape, rowMajor),
    yTickLabels: tickLabels(record, 'yTickLabels', rows, 'row', shape, rowMajor),
    values: matrix,
    colorMap,
    domain: givenDomain ?? (Number.isFinite(min) ? [min, max] : [0, 1]),
  };
  return mimeBundle({ 'text/plain': heatmapText(heatmap), [HEATMAP_MIME]: heatmap });
}

/**
 * What the classification view shows, worked out without React: row-normalised fractions, the
 * colour of each confusion-matrix cell, the report's rows and how every number is written.
 * Pure, so the numbers on screen are tested without rendering.
 */
import { contrastRatio, mix, parseHex, toHex } from '../theme/contrast';
import type { Averages, ClassificationData } from './mime';

/** The two ends of a matrix's shading in one theme: an empty cell and a cell holding its whole row. */
export interface MatrixShading {
  /** A cell with no share of its row: the layer the table sits on. */
  low: string;
  /** A cell with all of its row. */
  high: string;
}

/**
 * Cell shading per theme: white to the accent blue on the light layer, the dark layer to a
 * lighter blue in dark mode, so a good classifier's diagonal stands out in both. These are here,
 * not in CSS, because each cell's text colour is computed from its background.
 */
export const MATRIX_SHADING: Readonly<Record<'light' | 'dark', MatrixShading>> = {
  light: { low: '#ffffff', high: '#0f62fe' },
  dark: { low: '#262626', high: '#4589ff' },
};

/**
 * Text on a shaded cell is black or white, whichever contrasts more: one of the two reaches at
 * least 4.58:1 on any background, where the page's own near-black (#161616) or near-white would
 * fall to ~4.2:1 on mid-tone blues.
 */
const BLACK = '#000000';
const WHITE = '#ffffff';

/** "—" for anything that is not a finite number, so NaN never reaches the screen. */
export const MISSING = '\u2014';

/** A metric to 3 decimals, e.g. 0.8 -> "0.800"; non-finite as "—". */
export function formatMetric(value: number, digits = 3): string {
  return Number.isFinite(value) ? value.toFixed(digits) : MISSING;
}

/** A count with thousands separators; non-finite as "—". */
export function formatCount(value: number): string {
  return Number.isFinite(value) ? value.toLocaleString('en-US') : MISSING;
}

/** A fraction as a percentage with one decimal, e.g. 0.06 -> "6.0%"; non-finite as "—". */
export function formatPercent(fraction: number): string {
  return Number.isFinite(fraction) ? `${(fraction * 100).toFixed(1)}%` : MISSING;
}

/** Each count over its row's total; a row with no samples is all null (there is no fraction). */
export function rowFractions(matrix: number[][]): (number | null)[][] {
  return matrix.map((row) => {
    const total = row.reduce((a, b) => a + b, 0);
    return row.map((n) => (total > 0 && Number.isFinite(total) ? n / total : null));
  });
}

/** The background of a cell holding `fraction` of its row and the text colour readable on it. */
export function cellShade(fraction: number | null, shading: MatrixShading): { background: string; color: string } {
  const f = fraction === null || !Number.isFinite(fraction) ? 0 : Math.min(1, Math.max(0, fraction));
  const background = mix(parseHex(shading.low), parseHex(shading.high), f);
  const color = contrastRatio(background, WHITE) > contrastRatio(background, BLACK) ? WHITE : BLACK;
  return { background: toHex(background), color };
}

/**
 * A cell's inline style in both themes at once: CSS light-dark() picks the half matching the
 * page's color-scheme, so the matrix follows a theme switch with no re-render.
 */
export function cellColors(fraction: number | null): { background: string; color: string } {
  const light = cellShade(fraction, MATRIX_SHADING.light);
  const dark = cellShade(fraction, MATRIX_SHADING.dark);
  return {
    background: `light-dark(${light.background}, ${dark.background})`,
    color: `light-dark(${light.color}, ${dark.color})`,
  };
}

/** The tooltip of a cell, e.g. "true setosa → predicted versicolor: 3 (6.0%)". */
export function cellTitle(trueName: string, predictedName: string, count: number, fraction: number | null): string {
  const share = fraction === null ? `no true ${trueName} samples` : formatPercent(fraction);
  return `true ${trueName} \u2192 predicted ${predictedName}: ${formatCount(count)} (${share})`;
}

/** Number of samples: the support summed (a saved report may not carry its total). */
export function totalSupport(data: Pick<ClassificationData, 'support'>): number {
  return data.support.reduce((a, b) => a + b, 0);
}

/** Support-weighted averages: the payload's own, or derived from the per-class values. */
export function weightedAverages(data: ClassificationData): Averages {
  if (data.weighted) return data.weighted;
  const total = totalSupport(data);
  const weigh = (xs: number[]) => (total === 0 ? 0 : xs.reduce((sum, x, i) => sum + x * (data.support[i] ?? 0), 0) / total);
  return { precision: weigh(data.precision), recall: weigh(data.recall), f1: weigh(data.f1) };
}

/** One row of the classification report; null cells are left blank (accuracy has no precision). */
export interface ReportRow {
  label: string;
  precision: string | null;
  recall: string | null;
  f1: string | null;
  support: string;
  /** Per-class rows go in the body, the summary rows (accuracy, averages) in the footer. */
  summary: boolean;
}

/** The rows of scikit-learn's classification_report: one per class, then accuracy, macro and weighted avg. */
export function reportRows(data: ClassificationData): ReportRow[] {
  const total = formatCount(totalSupport(data));
  const averages = (label: string, a: Averages): ReportRow => ({
    label,
    precision: formatMetric(a.precision),
    recall: formatMetric(a.recall),
    f1: formatMetric(a.f1),
    support: total,
    summary: true,
  });
  return [
    ...data.classNames.map((label, c) => ({
      label,
      precision: formatMetric(data.precision[c]),
      recall: formatMetric(data.recall[c]),
      f1: formatMetric(data.f1[c]),
      support: formatCount(data.support[c]),
      summary: false,
    })),
    { label: 'accuracy', precision: null, recall: null, f1: formatMetric(data.accuracy), support: total, summary: true },
    averages('macro avg', data.macro),
    averages('weighted avg', weightedAverages(data)),
  ];
}

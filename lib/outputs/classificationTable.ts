/**
 * What the classification view shows, worked out without React: row-normalised fractions, the
 * colour of each confusion-matrix cell, the report's rows and how every number is written.
 * Pure, so the numbers on screen are tested without rendering.
 */
import type { Averages, ClassificationData } from './mime';

/** Cell shading runs from white to Sparkbook's accent blue. */
const WHITE: Rgb = [255, 255, 255];
const ACCENT: Rgb = [0x0f, 0x62, 0xfe];
const DARK_TEXT = '#161616';
const LIGHT_TEXT = '#ffffff';

type Rgb = [number, number, number];

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

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

const hex = (rgb: Rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
const DARK_LUMINANCE = luminance([0x16, 0x16, 0x16]);

/**
 * Background and text colour of a cell holding `fraction` of its row: white to #0f62fe, with
 * whichever text colour contrasts more (dark on pale cells, white on deep blue ones).
 */
export function cellColors(fraction: number | null): { background: string; color: string } {
  const f = fraction === null || !Number.isFinite(fraction) ? 0 : Math.min(1, Math.max(0, fraction));
  const rgb = WHITE.map((w, i) => Math.round(w + (ACCENT[i] - w) * f)) as Rgb;
  const bg = luminance(rgb);
  const color = contrast(bg, 1) > contrast(bg, DARK_LUMINANCE) ? LIGHT_TEXT : DARK_TEXT;
  return { background: hex(rgb), color };
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

/**
 * Bins and statistics of a histogram, computed where the values are (the kernel), so the output
 * carries a few dozen counts rather than every value. Pure.
 */
import type { HistogramBin, HistogramData } from './plotSchemas';

/** The most bins a histogram may ask for. */
export const MAX_BINS = 200;

/** Rounds away float noise from bin edges (0.30000000000000004 → 0.3). */
const edge = (value: number) => Number(value.toPrecision(12));

/** The smallest of 1, 2 or 5 × 10^k at least `raw`: bin widths a reader can add up. */
export function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const factor of [1, 2, 5, 10]) if (factor * power >= raw) return factor * power;
  return 10 * power;
}

/** How to cut the range: at most `maxBins` bins of a nice width, or exactly `bins` equal ones from min to max. */
export type Binning = { maxBins: number } | { bins: number };

/** Counts of the finite values in bins, and statistics of all of them. */
export function histogram(values: ArrayLike<number>, binning: Binning): Pick<HistogramData, 'bins' | 'stats'> {
  let min = Infinity;
  let max = -Infinity;
  let zeros = 0;
  let nonFinite = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) {
      nonFinite++;
      continue;
    }
    if (v === 0) zeros++;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const finite = values.length - nonFinite;
  const stats = { count: values.length, zeros, nonFinite, ...(finite > 0 ? { min, max } : {}) };
  if (finite === 0) return { bins: [], stats };

  let start: number;
  let step: number;
  let count: number;
  if (min === max) {
    // One value: one bin around it, one unit wide (or as wide as the value's own scale).
    step = min === 0 ? 1 : niceStep(Math.abs(min) / 10);
    start = min - step / 2;
    count = 1;
  } else if ('bins' in binning) {
    count = binning.bins;
    step = (max - min) / count;
    start = min;
  } else {
    step = niceStep((max - min) / binning.maxBins);
    // The last bin includes its upper edge, so max never needs a bin of its own; starting on a
    // multiple of the width can still need one bin too many, and then the next round width does.
    for (;;) {
      start = Math.floor(min / step) * step;
      count = Math.max(1, Math.ceil((max - start) / step - 1e-9));
      if (count <= binning.maxBins) break;
      step = niceStep(step * 1.01);
    }
  }
  const counts = new Array<number>(count).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    const index = Math.floor((v - start) / step + 1e-9);
    counts[Math.min(count - 1, Math.max(0, index))]++;
  }
  const bins: HistogramBin[] = counts.map((n, i) => ({ x0: edge(start + i * step), x1: edge(start + (i + 1) * step), count: n }));
  return { bins, stats };
}

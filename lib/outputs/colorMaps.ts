/**
 * The heatmap colour scales, as tfjs-vis draws them: viridis (dark purple to yellow, readable by
 * colour-blind readers and in greyscale print), blues (tfjs-vis's two ends) and greyscale (black
 * to white). Pure, so the page and tests agree on every cell's colour.
 */
import type { ColorMap } from './plotSchemas';

const STOPS: Record<ColorMap, string[]> = {
  viridis: ['#440154', '#482878', '#3e4989', '#31688e', '#26828e', '#1f9e89', '#35b779', '#6ece58', '#b5de2b', '#fde725'],
  blues: ['#f7fbff', '#4292c6'],
  greyscale: ['#000000', '#ffffff'],
};

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const hex2 = (n: number) => Math.round(n).toString(16).padStart(2, '0');

/** The colour of `t` in 0..1 along the map (clamped), as #rrggbb. */
export function colorAt(map: ColorMap, t: number): string {
  const stops = STOPS[map];
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const [a, b] = [channels(stops[i]), channels(stops[i + 1])];
  return `#${a.map((c, k) => hex2(c + (b[k] - c) * f)).join('')}`;
}

/** The colour of `value` on a scale from domain[0] to domain[1]; the middle of the map when the domain is one value. */
export function valueColor(map: ColorMap, value: number, domain: readonly [number, number]): string {
  const span = domain[1] - domain[0];
  return colorAt(map, span > 0 ? (value - domain[0]) / span : 0.5);
}

/** The stops of a map, for a CSS gradient legend and the Vega-Lite twin's range. */
export function colorStops(map: ColorMap): readonly string[] {
  return STOPS[map];
}

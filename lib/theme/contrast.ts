/**
 * WCAG 2 colour contrast: relative luminance of sRGB colours and the contrast ratio between
 * two of them (1 to 21). AA asks 4.5:1 for body text, 3:1 for large text and for graphics.
 */

/** An sRGB colour as 0-255 channels. */
export type Rgb = readonly [number, number, number];

/** The ratio WCAG AA asks of normal-size text. */
export const AA_TEXT = 4.5;
/** The ratio WCAG AA asks of graphics that carry meaning (chart lines, focus rings). */
export const AA_GRAPHICS = 3;

/** Reads `#rgb` or `#rrggbb`; anything else is an error naming the text. */
export function parseHex(text: string): Rgb {
  const hex = text.trim().replace(/^#/, '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  if (!/^[0-9a-fA-F]{6}$/.test(full)) throw new Error(`"${text}" is not a #rrggbb colour`);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
}

/** Writes a colour as `#rrggbb`. */
export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function linear(channel: number): number {
  const s = channel / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance: 0 for black, 1 for white. */
export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours, whichever is lighter (1 = none, 21 = black on white). */
export function contrastRatio(a: Rgb | string, b: Rgb | string): number {
  const la = luminance(typeof a === 'string' ? parseHex(a) : a);
  const lb = luminance(typeof b === 'string' ? parseHex(b) : b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The colour `t` of the way from `from` to `to` (0 = from, 1 = to), channel by channel. */
export function mix(from: Rgb, to: Rgb, t: number): Rgb {
  return from.map((c, i) => Math.round(c + (to[i] - c) * t)) as unknown as Rgb;
}

/**
 * Lays small images (digits, icons) out in a grid on white, each scaled up by whole pixels and
 * captioned in a 5-pixel-high bitmap font, as one RGB raster for encodePng. Pure: no tfjs, no DOM.
 */
import type { RasterImage } from './png';

/** One tile: grey levels 0..255, `height` rows of `width`, `channels` values per pixel. */
export interface GridTile {
  width: number;
  height: number;
  channels: 1 | 3;
  values: ArrayLike<number>;
  label?: string;
}

/** How the grid is drawn. */
export interface GridLayout {
  columns: number;
  /** Screen pixels per image pixel. */
  scale: number;
}

/** Glyphs 5 pixels high (3 wide, the arrow 5), '#' = ink. Unknown characters are drawn as '?'. */
const GLYPHS: Record<string, string> = {
  '0': '###,#.#,#.#,#.#,###',
  '1': '.#.,##.,.#.,.#.,###',
  '2': '##.,..#,.#.,#..,###',
  '3': '##.,..#,.#.,..#,##.',
  '4': '#.#,#.#,###,..#,..#',
  '5': '###,#..,##.,..#,##.',
  '6': '.##,#..,###,#.#,###',
  '7': '###,..#,.#.,.#.,.#.',
  '8': '###,#.#,###,#.#,###',
  '9': '###,#.#,###,..#,##.',
  A: '.#.,#.#,###,#.#,#.#',
  B: '##.,#.#,##.,#.#,##.',
  C: '.##,#..,#..,#..,.##',
  D: '##.,#.#,#.#,#.#,##.',
  E: '###,#..,##.,#..,###',
  F: '###,#..,##.,#..,#..',
  G: '.##,#..,#.#,#.#,.##',
  H: '#.#,#.#,###,#.#,#.#',
  I: '###,.#.,.#.,.#.,###',
  J: '..#,..#,..#,#.#,.#.',
  K: '#.#,#.#,##.,#.#,#.#',
  L: '#..,#..,#..,#..,###',
  M: '#.#,###,###,#.#,#.#',
  N: '##.,#.#,#.#,#.#,#.#',
  O: '.#.,#.#,#.#,#.#,.#.',
  P: '##.,#.#,##.,#..,#..',
  Q: '.#.,#.#,#.#,##.,.##',
  R: '##.,#.#,##.,#.#,#.#',
  S: '.##,#..,.#.,..#,##.',
  T: '###,.#.,.#.,.#.,.#.',
  U: '#.#,#.#,#.#,#.#,###',
  V: '#.#,#.#,#.#,#.#,.#.',
  W: '#.#,#.#,###,###,#.#',
  X: '#.#,#.#,.#.,#.#,#.#',
  Y: '#.#,#.#,.#.,.#.,.#.',
  Z: '###,..#,.#.,#..,###',
  ' ': '...,...,...,...,...',
  '→': '..#..,...#.,#####,...#.,..#..',
  '>': '#..,.#.,..#,.#.,#..',
  '<': '..#,.#.,#..,.#.,..#',
  '-': '...,...,###,...,...',
  '+': '...,.#.,###,.#.,...',
  '=': '...,###,...,###,...',
  ':': '...,.#.,...,.#.,...',
  '.': '...,...,...,...,.#.',
  ',': '...,...,...,.#.,#..',
  '/': '..#,..#,.#.,#..,#..',
  '%': '#.#,..#,.#.,#..,#.#',
  '(': '.#.,#..,#..,#..,.#.',
  ')': '.#.,..#,..#,..#,.#.',
  '?': '##.,..#,.#.,...,.#.',
};
const GLYPH_HEIGHT = 5;
/** Grid spacing in screen pixels. */
const GAP = 6;
const LABEL_INK = [0x33, 0x33, 0x33];

function glyph(ch: string): string[] {
  return (GLYPHS[ch] ?? GLYPHS[ch.toUpperCase()] ?? GLYPHS['?']).split(',');
}

/** Width in screen pixels of a label drawn at `fontScale` (one blank column between glyphs). */
export function labelWidth(text: string, fontScale: number): number {
  const chars = [...text];
  if (chars.length === 0) return 0;
  return (chars.reduce((w, ch) => w + glyph(ch)[0].length + 1, 0) - 1) * fontScale;
}

/** Draws the grid: tiles left to right, top to bottom, each with its label centred below. */
export function drawGrid(tiles: GridTile[], { columns, scale }: GridLayout): RasterImage {
  if (tiles.length === 0) throw new Error('drawGrid: no images to draw');
  const tileWidth = Math.max(...tiles.map((t) => t.width)) * scale;
  const tileHeight = Math.max(...tiles.map((t) => t.height)) * scale;
  const fontScale = Math.min(3, scale);
  const hasLabels = tiles.some((t) => t.label);
  const labelHeight = hasLabels ? GLYPH_HEIGHT * fontScale + 4 : 0;
  const widestLabel = Math.max(0, ...tiles.map((t) => labelWidth(t.label ?? '', fontScale)));
  const cellWidth = Math.max(tileWidth, widestLabel);
  const cols = Math.min(columns, tiles.length);
  const rows = Math.ceil(tiles.length / cols);
  const width = GAP + cols * (cellWidth + GAP);
  const height = GAP + rows * (tileHeight + labelHeight + GAP);
  const pixels = new Uint8Array(width * height * 3).fill(255);

  const put = (x: number, y: number, rgb: ArrayLike<number>) => {
    const o = (y * width + x) * 3;
    pixels[o] = rgb[0];
    pixels[o + 1] = rgb[1];
    pixels[o + 2] = rgb[2];
  };

  tiles.forEach((tile, n) => {
    const left = GAP + (n % cols) * (cellWidth + GAP);
    const top = GAP + Math.floor(n / cols) * (tileHeight + labelHeight + GAP);
    const x0 = left + Math.floor((cellWidth - tile.width * scale) / 2);
    const rgb = [0, 0, 0];
    for (let y = 0; y < tile.height; y++) {
      for (let x = 0; x < tile.width; x++) {
        const i = (y * tile.width + x) * tile.channels;
        for (let c = 0; c < 3; c++) rgb[c] = tile.values[i + (tile.channels === 3 ? c : 0)];
        for (let dy = 0; dy < scale; dy++) for (let dx = 0; dx < scale; dx++) put(x0 + x * scale + dx, top + y * scale + dy, rgb);
      }
    }
    if (!tile.label) return;
    const text = [...tile.label];
    let cx = left + Math.floor((cellWidth - labelWidth(tile.label, fontScale)) / 2);
    const cy = top + tileHeight + 3;
    for (const ch of text) {
      const rows = glyph(ch);
      rows.forEach((row, gy) => {
        for (let gx = 0; gx < row.length; gx++) {
          if (row[gx] !== '#') continue;
          for (let dy = 0; dy < fontScale; dy++) {
            for (let dx = 0; dx < fontScale; dx++) put(cx + gx * fontScale + dx, cy + gy * fontScale + dy, LABEL_INK);
          }
        }
      });
      cx += (rows[0].length + 1) * fontScale;
    }
  });
  return { width, height, channels: 3, pixels };
}

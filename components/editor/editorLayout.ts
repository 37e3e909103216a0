/**
 * Sizes shared by the Monaco editor and the plain-text placeholder shown until Monaco loads,
 * so the cell doesn't jump when the editor replaces it.
 */

/** Pixel height of one line (fontSize 13). */
export const LINE_HEIGHT = 20;
/** Space above the first and below the last line. */
export const VERTICAL_PADDING = 6;
/** A cell shows at least this many lines, like a Jupyter cell with room to type. */
export const MIN_LINES = 3;
/** Past this the editor scrolls instead of growing. */
export const MAX_HEIGHT = 600;
export const FONT_SIZE = 13;
export const FONT_FAMILY = "'IBM Plex Mono', Menlo, Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace";

const MIN_HEIGHT = MIN_LINES * LINE_HEIGHT + 2 * VERTICAL_PADDING;

/** The editor's height for a given content height (Monaco's getContentHeight(), padding included). */
export function editorHeight(contentHeight: number): number {
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(contentHeight)));
}

/** The height to reserve for `text` before Monaco has measured it. */
export function estimatedHeight(text: string): number {
  const lines = text.split('\n').length;
  return editorHeight(lines * LINE_HEIGHT + 2 * VERTICAL_PADDING);
}

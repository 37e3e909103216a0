/**
 * About how tall a cell's output area renders, without rendering it: the size the browser
 * reserves for an output area it has not laid out yet (content-visibility: auto, in
 * Notebook.module.css). Off-screen outputs are then skipped when a notebook opens, and the
 * scrollbar is close to right before they are first shown; after that the browser remembers
 * their real size. A rough figure is enough.
 */
import type { Output } from '../../lib/notebook/types';
import { TABLE_MIME } from '../../lib/outputs/mime';
import { TABLE_PAGE_ROWS, TEXT_PAGE_LINES, TEXT_TAIL_LINES } from '../outputs/paging';

/** Pixels per line of output text (13px monospace) and per table row. */
const TEXT_LINE_PX = 16;
const TABLE_ROW_PX = 26;
/** The "N lines hidden · Show more" bar of a long output. */
const SHOW_MORE_PX = 36;
/** An output whose size can't be told from its data: a chart, an image, a model summary. */
const RICH_OUTPUT_PX = 320;
/** Space between outputs and above the first. */
const OUTPUT_GAP_PX = 6;

function textHeight(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < text.length - 1; at = text.indexOf('\n', at + 1)) {
    if (++lines > TEXT_PAGE_LINES + TEXT_TAIL_LINES) return (TEXT_PAGE_LINES + TEXT_TAIL_LINES) * TEXT_LINE_PX + SHOW_MORE_PX;
  }
  return lines * TEXT_LINE_PX;
}

const asText = (value: unknown): string | null =>
  typeof value === 'string' ? value : Array.isArray(value) && value.every((line) => typeof line === 'string') ? value.join('') : null;

function tableRows(value: unknown): number | null {
  const table = typeof value === 'string' ? null : (value as { rows?: unknown } | null);
  return table && Array.isArray(table.rows) ? table.rows.length : null;
}

function outputHeight(output: Output): number {
  switch (output.output_type) {
    case 'stream':
      return textHeight(asText(output.text) ?? '');
    case 'error':
      return TEXT_LINE_PX + textHeight(Array.isArray(output.traceback) ? output.traceback.join('\n') : '');
    case 'display_data':
    case 'execute_result': {
      const data = output.data ?? {};
      const rows = tableRows(data[TABLE_MIME]);
      if (rows !== null) return (Math.min(rows, TABLE_PAGE_ROWS) + 1) * TABLE_ROW_PX + (rows > TABLE_PAGE_ROWS ? SHOW_MORE_PX : 0);
      const keys = Object.keys(data);
      const text = asText(data['text/plain']);
      return keys.length === 1 && text !== null ? textHeight(text) : RICH_OUTPUT_PX;
    }
    default:
      return RICH_OUTPUT_PX;
  }
}

/**
 * The tallest an output is shown before it scrolls inside its own box (CellOutputs.tsx), unless
 * the cell's `metadata.scrolled` is false (nbformat: the user turned scrolling off).
 */
export const OUTPUT_MAX_HEIGHT_PX = 640;

/**
 * The estimated height, in CSS pixels, of a code cell's output area; each output counts at most
 * `maxOutputHeight`, the height its scroll box stops at.
 */
export function estimatedOutputsHeight(outputs: readonly Output[], maxOutputHeight = Infinity): number {
  return outputs.reduce((sum, output) => sum + OUTPUT_GAP_PX + Math.min(maxOutputHeight, outputHeight(output)), 0);
}

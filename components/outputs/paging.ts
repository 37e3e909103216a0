/**
 * How much of a long output to show: tables in pages of rows, text in pages of lines. A page is
 * what the browser lays out in well under a frame's budget; the rest waits for "Show more", so
 * opening a notebook with a 100,000-row table or megabytes of logs stays quick.
 */

/** Rows of a table shown at first, and added by each "Show more". */
export const TABLE_PAGE_ROWS = 200;
/** "Show all" is offered up to this many rows; past it, laying them all out would freeze the page. */
export const TABLE_SHOW_ALL_LIMIT = 5_000;

/** Lines of a text output shown at first, and added by each "Show more". */
export const TEXT_PAGE_LINES = 200;
/** …and at most this many characters per page, for text with very long lines (or none). */
export const TEXT_PAGE_CHARS = 20_000;
/** Lines kept in view at the end of a long text: the latest lines of a running cell's log. */
export const TEXT_TAIL_LINES = 20;
/** "Show all" is offered for text up to this many characters. */
export const TEXT_SHOW_ALL_LIMIT = 1_000_000;

/** Rows shown after one more page. */
export function nextRowCount(shown: number, total: number, page = TABLE_PAGE_ROWS): number {
  return Math.min(total, shown + page);
}

/**
 * Where the next page of `text` ends, starting at `from`: after TEXT_PAGE_LINES more lines, but no
 * more than TEXT_PAGE_CHARS further on. A page ends after a newline where it can, so no line is cut
 * unless it is itself longer than a page.
 */
export function nextTextEnd(text: string, from: number, lines = TEXT_PAGE_LINES, maxChars = TEXT_PAGE_CHARS): number {
  const limit = Math.min(text.length, from + maxChars);
  let at = from;
  for (let i = 0; i < lines; i++) {
    const newline = text.indexOf('\n', at);
    if (newline === -1 || newline >= limit) return limit === text.length || at === from ? limit : at;
    at = newline + 1;
  }
  return at;
}

/**
 * Where the last `lines` lines of `text` start, but no more than `maxChars` before its end
 * (a trailing newline doesn't count as the start of a line).
 */
export function tailStart(text: string, lines = TEXT_TAIL_LINES, maxChars = TEXT_PAGE_CHARS): number {
  const limit = Math.max(0, text.length - maxChars);
  let start = text.length;
  let searchFrom = text.endsWith('\n') ? text.length - 2 : text.length - 1;
  for (let i = 0; i < lines; i++) {
    const newline = searchFrom < 0 ? -1 : text.lastIndexOf('\n', searchFrom);
    const lineStart = newline + 1;
    // A line that starts too far back: keep the lines found so far, or cut this one if it is the first.
    if (lineStart < limit) return start < text.length ? start : limit;
    start = lineStart;
    if (newline === -1) break;
    searchFrom = newline - 1;
  }
  return start;
}

/** Counts lines the way a reader does: "a\nb" and "a\nb\n" are both two lines. */
export function countLines(text: string): number {
  if (text === '') return 0;
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < text.length - 1; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

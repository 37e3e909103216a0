/** Replace `code.slice(start, end)` with `text`; `start === end` is an insertion. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies non-overlapping edits to `code`. Insertions at a position go before a replacement
 * starting there, and edits at the same place keep the order they were given in.
 */
export function applyEdits(code: string, edits: readonly Edit[]): string {
  const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start));
  let result = '';
  let cursor = 0;
  for (const edit of ordered) {
    if (edit.start < cursor) throw new Error(`Overlapping edits at offset ${edit.start}`);
    result += code.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return result + code.slice(cursor);
}

/** As many newlines as `text` has line terminators, so a one-line replacement keeps the line count. */
export function lineBreaksIn(text: string): string {
  return '\n'.repeat(text.match(/\r\n?|[\n\u2028\u2029]/g)?.length ?? 0);
}

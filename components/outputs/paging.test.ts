import { describe, expect, it } from 'vitest';
import { countLines, nextRowCount, nextTextEnd, tailStart, TEXT_PAGE_CHARS, TEXT_PAGE_LINES, TEXT_TAIL_LINES } from './paging';

const lines = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `line ${i + from}\n`).join('');

describe('paging long outputs', () => {
  it('adds rows a page at a time, up to the total', () => {
    expect(nextRowCount(0, 100_000)).toBe(200);
    expect(nextRowCount(200, 100_000)).toBe(400);
    expect(nextRowCount(0, 50)).toBe(50);
    expect(nextRowCount(99_900, 100_000)).toBe(100_000);
  });

  it('ends a page of text after TEXT_PAGE_LINES lines, on a line boundary', () => {
    const text = lines(1000);
    const end = nextTextEnd(text, 0);
    expect(text.slice(0, end)).toBe(lines(TEXT_PAGE_LINES));
    expect(text.slice(end, nextTextEnd(text, end))).toBe(lines(TEXT_PAGE_LINES, TEXT_PAGE_LINES + 1));
    expect(nextTextEnd('short\ntext', 0)).toBe('short\ntext'.length);
  });

  it('ends a page of very long lines within TEXT_PAGE_CHARS, cutting a line only when one line is longer than a page', () => {
    const long = `${'x'.repeat(15_000)}\n`;
    const text = long.repeat(10);
    expect(nextTextEnd(text, 0)).toBe(long.length); // the second line would pass the limit
    const oneLine = 'y'.repeat(100_000);
    expect(nextTextEnd(oneLine, 0)).toBe(TEXT_PAGE_CHARS);
    expect(nextTextEnd(oneLine, TEXT_PAGE_CHARS)).toBe(2 * TEXT_PAGE_CHARS);
  });

  it('finds where the last lines start, within TEXT_PAGE_CHARS of the end', () => {
    const text = lines(1000);
    expect(text.slice(tailStart(text))).toBe(lines(TEXT_TAIL_LINES, 1000 - TEXT_TAIL_LINES + 1));
    expect(tailStart(lines(5))).toBe(0);
    expect(tailStart('no newline at all')).toBe(0);
    expect(tailStart('a\nb')).toBe(0);
    const oneLine = 'y'.repeat(100_000);
    expect(tailStart(oneLine)).toBe(100_000 - TEXT_PAGE_CHARS);
    const longLast = `short\n${'z'.repeat(30_000)}`;
    expect(tailStart(longLast)).toBe(longLast.length - TEXT_PAGE_CHARS);
  });

  it('counts lines as a reader does', () => {
    expect(countLines('')).toBe(0);
    expect(countLines('a')).toBe(1);
    expect(countLines('a\n')).toBe(1);
    expect(countLines('a\nb')).toBe(2);
    expect(countLines('a\n\nb\n')).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import { editorHeight, estimatedHeight, LINE_HEIGHT, MAX_HEIGHT, MIN_LINES, VERTICAL_PADDING } from './editorLayout';

const linesHigh = (n: number) => n * LINE_HEIGHT + 2 * VERTICAL_PADDING;

describe('editorHeight', () => {
  it('keeps room for a few lines even when the cell is empty', () => {
    expect(editorHeight(linesHigh(1))).toBe(linesHigh(MIN_LINES));
  });

  it('grows with the content', () => {
    expect(editorHeight(linesHigh(10))).toBe(linesHigh(10));
  });

  it('stops growing at the maximum, after which the editor scrolls', () => {
    expect(editorHeight(linesHigh(500))).toBe(MAX_HEIGHT);
  });

  it('rounds fractional content heights up so the last line is never clipped', () => {
    expect(editorHeight(linesHigh(10) + 0.4)).toBe(linesHigh(10) + 1);
  });
});

describe('estimatedHeight', () => {
  it('reserves one line per line of text, within the same bounds', () => {
    expect(estimatedHeight('a\nb\nc\nd\ne')).toBe(linesHigh(5));
    expect(estimatedHeight('')).toBe(linesHigh(MIN_LINES));
    expect(estimatedHeight('x\n'.repeat(1000))).toBe(MAX_HEIGHT);
  });
});

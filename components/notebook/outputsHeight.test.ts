import { describe, expect, it } from 'vitest';
import type { Output } from '../../lib/notebook/types';
import { TABLE_MIME } from '../../lib/outputs/mime';
import { estimatedOutputsHeight, OUTPUT_MAX_HEIGHT_PX } from './outputsHeight';

const stream = (text: string): Output => ({ output_type: 'stream', name: 'stdout', text });
const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i}`).join('\n');
const table = (rows: number): Output => ({
  output_type: 'display_data',
  data: { [TABLE_MIME]: { columns: ['a'], rows: Array.from({ length: rows }, (_, i) => [i]), totalRows: rows }, 'text/plain': 'a table' },
  metadata: {},
});

describe('estimatedOutputsHeight', () => {
  it('is nothing for a cell without outputs', () => {
    expect(estimatedOutputsHeight([])).toBe(0);
  });

  it('grows with the lines of a short text, and stops growing at what a long one shows', () => {
    expect(estimatedOutputsHeight([stream(lines(10))])).toBeGreaterThan(estimatedOutputsHeight([stream(lines(2))]));
    expect(estimatedOutputsHeight([stream(lines(100_000))])).toBe(estimatedOutputsHeight([stream(lines(1_000))]));
  });

  it('counts the rows a table shows, not the rows it holds', () => {
    expect(estimatedOutputsHeight([table(50)])).toBeLessThan(estimatedOutputsHeight([table(200)]));
    expect(estimatedOutputsHeight([table(100_000)])).toBe(estimatedOutputsHeight([table(5_000)]));
  });

  it('adds up the outputs of a cell', () => {
    const one = estimatedOutputsHeight([stream(lines(3))]);
    expect(estimatedOutputsHeight([stream(lines(3)), stream(lines(3))])).toBe(2 * one);
  });
});

describe('estimatedOutputsHeight with scrolling outputs', () => {
  it('counts a long output at the height of its scroll box, and a short one as it is', () => {
    expect(estimatedOutputsHeight([stream(lines(1_000))], OUTPUT_MAX_HEIGHT_PX)).toBe(
      OUTPUT_MAX_HEIGHT_PX + estimatedOutputsHeight([]) + 6,
    );
    expect(estimatedOutputsHeight([stream(lines(3))], OUTPUT_MAX_HEIGHT_PX)).toBe(estimatedOutputsHeight([stream(lines(3))]));
  });
});

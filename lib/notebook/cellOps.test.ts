import { describe, expect, it } from 'vitest';
import type { CellId } from './ids';
import { copiesOf, mergeWithBelow } from './cellOps';
import type { Cell, Output } from './types';

const id = (s: string) => s as CellId;
const stdout = (text: string): Output => ({ output_type: 'stream', name: 'stdout', text });
const code = (cellId: string, source: string, extra: Partial<Cell> = {}): Cell => ({
  id: id(cellId),
  cell_type: 'code',
  source,
  outputs: [],
  execution_count: null,
  metadata: {},
  ...extra,
});
const markdown = (cellId: string, source: string, extra: Partial<Cell> = {}): Cell => ({
  ...code(cellId, source),
  cell_type: 'markdown',
  ...extra,
});

describe('copiesOf', () => {
  it('copies cells whole, under new ids', () => {
    const original = code('a', 'x = 1', { outputs: [stdout('1\n')], execution_count: 4, metadata: { tags: ['t'] } });
    let n = 0;
    const [copy] = copiesOf([original], () => id(`new${++n}`));
    expect(copy).toEqual({ ...original, id: 'new1' });
  });

  it('drops live display ids, so the original run’s updates leave the copy alone', () => {
    const live: Output = { output_type: 'display_data', data: { 'text/plain': 'epoch 3' }, metadata: {}, transient: { display_id: 'd1' } };
    const [copy] = copiesOf([code('a', '', { outputs: [live] })], () => id('b'));
    expect(copy.outputs).toEqual([{ output_type: 'display_data', data: { 'text/plain': 'epoch 3' }, metadata: {} }]);
  });
});

describe('mergeWithBelow (Shift+M)', () => {
  it('joins the cell with the one below, a blank line between, as Jupyter does', () => {
    const cells = [code('a', 'top'), code('b', 'const x = 1'), code('c', 'x + 1'), code('d', 'bottom')];
    const merged = mergeWithBelow(cells, id('b'));
    expect(merged?.map((c) => [c.id, c.source])).toEqual([
      ['a', 'top'],
      ['b', 'const x = 1\n\nx + 1'],
      ['d', 'bottom'],
    ]);
  });

  it('clears a merged code cell’s outputs, run count and run time: they were for code that changed', () => {
    const top = code('a', 'a', {
      outputs: [stdout('a\n')],
      execution_count: 1,
      metadata: { tags: ['keep'], execution: { 'iopub.execute_input': 'x' } },
    });
    const [merged] = mergeWithBelow([top, code('b', 'b', { outputs: [stdout('b\n')] })], id('a'))!;
    expect(merged).toEqual({ ...top, source: 'a\n\nb', outputs: [], execution_count: null, metadata: { tags: ['keep'] } });
  });

  it('keeps the upper cell’s type, and both cells’ attachments for Markdown', () => {
    const png = { 'image/png': 'AAAA' };
    const [merged] = mergeWithBelow(
      [
        markdown('a', '# Title', { attachments: { 'a.png': png } }),
        markdown('b', '![](attachment:b.png)', { attachments: { 'b.png': png } }),
      ],
      id('a'),
    )!;
    expect(merged.cell_type).toBe('markdown');
    expect(merged.attachments).toEqual({ 'a.png': png, 'b.png': png });
  });

  it('does nothing for the last cell, or a cell that is not there', () => {
    const cells = [code('a', 'a'), code('b', 'b')];
    expect(mergeWithBelow(cells, id('b'))).toBeNull();
    expect(mergeWithBelow(cells, id('zz'))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { CellId } from '../notebook/ids';
import { createCell } from '../notebook/transitions';
import { createCellClipboard } from './cellClipboard';

describe('the cell clipboard', () => {
  it('gives fresh copies each time, so one copy pastes many times with unique ids', () => {
    const clipboard = createCellClipboard();
    const cell = { ...createCell('code', 'a' as CellId, 'x = 1'), execution_count: 2 };
    clipboard.put([cell]);
    let n = 0;
    const newId = () => `p${++n}` as CellId;
    const first = clipboard.take(newId);
    const second = clipboard.take(newId);
    expect(first).toEqual([{ ...cell, id: 'p1' }]);
    expect(second).toEqual([{ ...cell, id: 'p2' }]);
    expect(clipboard.size).toBe(1);
  });

  it('is empty until something is copied, and a new copy replaces the old', () => {
    const clipboard = createCellClipboard();
    expect(clipboard.take(() => 'x' as CellId)).toEqual([]);
    clipboard.put([createCell('code', 'a' as CellId, 'a')]);
    clipboard.put([createCell('markdown', 'b' as CellId, 'b')]);
    expect(clipboard.take(() => 'y' as CellId).map((c) => c.source)).toEqual(['b']);
  });
});

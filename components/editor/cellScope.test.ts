import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectCellScope, resetCellScope, SCOPE_FLUSH_MS, setUnopenedCellSource } from './cellScope';

/** The extra libraries the TypeScript service holds, by path. */
function service() {
  const libraries = new Map<string, string>();
  const add = (content: string, path: string) => {
    libraries.set(path, content);
    return { dispose: () => libraries.get(path) === content && libraries.delete(path) };
  };
  return { libraries, add };
}

describe('cellScope', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resetCellScope();
  });
  afterEach(() => vi.useRealTimers());

  it('holds the code of unopened cells until Monaco loads, then declares them all', () => {
    const ts = service();
    setUnopenedCellSource(':r1:', 'const model = 1;');
    setUnopenedCellSource(':r2:', 'const data = 2;');
    vi.runAllTimers();
    expect(ts.libraries.size).toBe(0);
    connectCellScope(ts.add);
    vi.runAllTimers();
    expect([...ts.libraries.values()].sort()).toEqual(['const data = 2;', 'const model = 1;']);
    expect([...ts.libraries.keys()]).toEqual(['file:///cells/unopened-r1.ts', 'file:///cells/unopened-r2.ts']);
  });

  it('follows edits in batches, and drops a cell once it has its own editor', () => {
    const ts = service();
    connectCellScope(ts.add);
    setUnopenedCellSource('a', 'let x = 1;');
    setUnopenedCellSource('a', 'let x = 12;');
    vi.advanceTimersByTime(SCOPE_FLUSH_MS - 1);
    expect(ts.libraries.size).toBe(0);
    vi.advanceTimersByTime(1);
    expect([...ts.libraries.values()]).toEqual(['let x = 12;']);
    setUnopenedCellSource('a', null);
    vi.runAllTimers();
    expect(ts.libraries.size).toBe(0);
  });
});

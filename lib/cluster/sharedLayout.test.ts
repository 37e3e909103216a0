import { describe, expect, it } from 'vitest';
import { allocateSharedJob, flatLayout, mapSharedJob, ownedRange, slotLength } from './sharedLayout';

describe('flatLayout', () => {
  it('places trainable weights first, then non-trainable ones, end to end', () => {
    const layout = flatLayout([[3, 4], [4]], [[4], [4]], 2);
    expect(layout.trainable.map((e) => [e.offset, e.size])).toEqual([
      [0, 12],
      [12, 4],
    ]);
    expect(layout.nonTrainable.map((e) => [e.offset, e.size])).toEqual([
      [16, 4],
      [20, 4],
    ]);
    expect([layout.trainableSize, layout.nonTrainableSize]).toEqual([16, 8]);
  });

  it('gives averaging slots room for the optimizer state and sync slots none', () => {
    const layout = flatLayout([[10]], [[2]], 2);
    expect(slotLength(layout, 'sync')).toBe(12);
    expect(slotLength(layout, 'averaging')).toBe(12 + 20);
  });
});

describe('ownedRange', () => {
  it('covers every element exactly once, in contiguous slices that differ by at most one', () => {
    for (const world of [1, 2, 3, 4, 7]) {
      const ranges = Array.from({ length: world }, (_, r) => ownedRange(100, r, world));
      expect(ranges[0].from).toBe(0);
      expect(ranges.at(-1)!.to).toBe(100);
      ranges.slice(1).forEach((r, i) => expect(r.from).toBe(ranges[i].to));
      const sizes = ranges.map((r) => r.to - r.from);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });
});

describe('mapSharedJob', () => {
  it('maps double-buffered weights and state, and one exchange slot per member', () => {
    const layout = flatLayout([[3]], [[1]], 2);
    const buffers = allocateSharedJob({
      layout,
      mode: 'sync',
      slots: 3,
      trainCount: 5,
      xs: [{ shape: [5, 2], dtype: 'float32' }],
      ys: [{ shape: [5], dtype: 'int32' }],
    });
    const views = mapSharedJob(buffers, layout);
    expect(views.weights.map((w) => w.length)).toEqual([4, 4]);
    expect(views.state[1].map((s) => s.length)).toEqual([3, 3]);
    views.slot(2).fill(7);
    expect(views.slot(1).every((v) => v === 0)).toBe(true);
    expect(() => views.slot(3)).toThrow(/has 3/);
    expect(views.order.length).toBe(5);
    expect(buffers.xs[0].buffer.byteLength).toBe(40);
  });
});

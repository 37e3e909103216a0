import { describe, expect, it } from 'vitest';
import { concatLastAxis, flipSpatialAxes, transposeWeight } from './weightArrays';

const w = (shape: number[]) => ({ data: Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => i), shape });

describe('weightArrays', () => {
  it('transposes like numpy.transpose', () => {
    expect(transposeWeight(w([2, 3]), [1, 0])).toEqual({ data: Float32Array.from([0, 3, 1, 4, 2, 5]), shape: [3, 2] });
    // numpy: np.arange(24).reshape(2,3,2,2).transpose(2,3,1,0).ravel()[:6]
    const t = transposeWeight(w([2, 3, 2, 2]), [2, 3, 1, 0]);
    expect(t.shape).toEqual([2, 2, 3, 2]);
    expect(Array.from(t.data.slice(0, 6))).toEqual([0, 12, 4, 16, 8, 20]);
  });

  it('concatenates along the last axis row by row', () => {
    const a = { data: Float32Array.from([1, 2, 3, 4]), shape: [2, 2] };
    const b = { data: Float32Array.from([5, 6]), shape: [2, 1] };
    expect(concatLastAxis([a, b])).toEqual({ data: Float32Array.from([1, 2, 5, 3, 4, 6]), shape: [2, 3] });
  });

  it('mirrors the spatial axes of a kernel and keeps the channel axes', () => {
    // (rows=2, cols=2, in=1, out=1): [[0,1],[2,3]] → [[3,2],[1,0]]
    expect(Array.from(flipSpatialAxes(w([2, 2, 1, 1])).data)).toEqual([3, 2, 1, 0]);
    // Conv1D (length=3, in=1, out=2): only the length axis flips
    expect(Array.from(flipSpatialAxes(w([3, 1, 2])).data)).toEqual([4, 5, 2, 3, 0, 1]);
  });
});

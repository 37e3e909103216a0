import { describe, expect, it } from 'vitest';
import { concatFloat32, modelWeightsByName, weightDataBytes } from './weightBuffer';

describe('weightBuffer', () => {
  it('counts a quantized weight at its stored width', () => {
    expect(
      weightDataBytes(
        [
          { name: 'k', shape: [2, 3], dtype: 'float32' },
          { name: 'q', shape: [4], dtype: 'float32', quantization: { dtype: 'uint8', min: 0, scale: 1 } },
        ],
        'm',
      ),
    ).toBe(28);
  });

  it('cuts the buffer into named float32 weights, leaving out optimizer state', () => {
    const weightData = concatFloat32([Float32Array.from([1, 2, 3, 4]), Float32Array.from([5])]);
    const byName = modelWeightsByName({
      weightSpecs: [
        { name: 'd/kernel', shape: [2, 2], dtype: 'float32' },
        { name: 'iter', shape: [], dtype: 'float32', group: 'optimizer' },
      ],
      weightData,
    });
    expect([...byName.keys()]).toEqual(['d/kernel']);
    expect(byName.get('d/kernel')).toEqual({ shape: [2, 2], data: Float32Array.from([1, 2, 3, 4]) });
  });

  it('refuses weight data shorter than its specs', () => {
    const weightData = concatFloat32([Float32Array.from([1, 2])]);
    expect(() => modelWeightsByName({ weightSpecs: [{ name: 'd/kernel', shape: [2, 2], dtype: 'float32' }], weightData })).toThrow(
      /shorter than its weight specs/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { tanhF32 } from './lstmCellMath';

describe('tanhF32', () => {
  it('stays within 2.4e-7 of Math.tanh (2 float32 ulps at 1) on a dense float32 grid, and is odd', () => {
    let worst = 0;
    let notOdd = 0;
    for (let k = -240_000; k <= 240_000; k++) {
      const x = Math.fround(k / 20_000); // [-12, 12] in steps of 5e-5
      worst = Math.max(worst, Math.abs(tanhF32(x) - Math.fround(Math.tanh(x))));
      if (tanhF32(-x) !== -tanhF32(x)) notOdd++;
    }
    expect(worst).toBeLessThanOrEqual(2.4e-7);
    expect(notOdd).toBe(0);
  });

  it('is exact near 0 and saturates to within an ulp of ±1', () => {
    expect(tanhF32(0)).toBe(0);
    expect(tanhF32(Math.fround(1e-5))).toBe(Math.fround(1e-5));
    expect(Math.abs(tanhF32(50) - 1)).toBeLessThanOrEqual(2.4e-7);
    expect(Math.abs(tanhF32(-1e30) + 1)).toBeLessThanOrEqual(2.4e-7);
  });
});

import { describe, expect, it } from 'vitest';
import { colorAt, valueColor } from './colorMaps';

describe('heatmap colours', () => {
  it('runs from the first stop to the last, clamped', () => {
    expect(colorAt('viridis', 0)).toBe('#440154');
    expect(colorAt('viridis', 1)).toBe('#fde725');
    expect(colorAt('greyscale', 0.5)).toBe('#808080');
    expect(colorAt('blues', 2)).toBe('#4292c6');
  });

  it('places a value within the domain, and a one-value domain in the middle', () => {
    expect(valueColor('greyscale', 15, [10, 20])).toBe('#808080');
    expect(valueColor('greyscale', 7, [7, 7])).toBe('#808080');
  });
});

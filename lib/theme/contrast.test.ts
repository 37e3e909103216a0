import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance, mix, parseHex, toHex } from './contrast';

describe('WCAG contrast', () => {
  it('gives black on white 21:1 and a colour on itself 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0f62fe', '#0f62fe')).toBe(1);
  });

  it('matches published ratios (WebAIM: #767676 on white is 4.54:1)', () => {
    expect(contrastRatio('#767676', '#fff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#fff', '#767676')).toBeCloseTo(4.54, 2);
  });

  it('reads short and long hex, and names text that is not a colour', () => {
    expect(parseHex('#fa0')).toEqual([255, 170, 0]);
    expect(toHex(parseHex('#0F62FE'))).toBe('#0f62fe');
    expect(() => parseHex('rgb(0,0,0)')).toThrow('"rgb(0,0,0)" is not a #rrggbb colour');
  });

  it('mixes colours channel by channel', () => {
    expect(mix([255, 255, 255], [15, 98, 254], 0)).toEqual([255, 255, 255]);
    expect(mix([255, 255, 255], [15, 98, 254], 1)).toEqual([15, 98, 254]);
    expect(luminance(mix([0, 0, 0], [255, 255, 255], 0.5))).toBeGreaterThan(0.2);
  });
});

import { describe, expect, it } from 'vitest';
import { formatDuration, formatMetric, formatShortTimestamp } from './formatJob';

describe('formatDuration', () => {
  it('picks a unit a reader takes in at a glance', () => {
    expect(formatDuration(420)).toBe('420 ms');
    expect(formatDuration(5570)).toBe('5.57 s');
    expect(formatDuration(12_340)).toBe('12.3 s');
    expect(formatDuration(245_000)).toBe('4 min 05 s');
    expect(formatDuration(3_720_000)).toBe('1 h 02 min');
  });

  it('shows a dash for a duration that makes no sense', () => {
    expect(formatDuration(Number.NaN)).toBe('—');
    expect(formatDuration(-1)).toBe('—');
  });
});

describe('formatMetric', () => {
  it('keeps four significant digits, in exponent form for tiny values', () => {
    expect(formatMetric(0.213456)).toBe('0.2135');
    expect(formatMetric(12.3456)).toBe('12.35');
    expect(formatMetric(1)).toBe('1');
    expect(formatMetric(0.0000123456)).toBe('1.235e-5');
    expect(formatMetric(0)).toBe('0');
  });
});

describe('formatShortTimestamp', () => {
  it('leaves out the year of this year’s dates only', () => {
    const t = new Date(2026, 0, 15, 10, 0, 5).getTime();
    expect(formatShortTimestamp(t, new Date(2026, 5, 1).getTime())).not.toContain('2026');
    expect(formatShortTimestamp(t, new Date(2027, 5, 1).getTime())).toContain('2026');
    expect(formatShortTimestamp(t)).toMatch(/05/);
  });
});

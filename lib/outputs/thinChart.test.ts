import { describe, expect, it } from 'vitest';
import type { ChartData } from './mime';
import { MAX_DRAWN_POINTS, thinChart, thinPoints } from './thinChart';

const ramp = (n: number): [number, number][] => Array.from({ length: n }, (_, i) => [i, i * 2]);

describe('thinPoints', () => {
  it('leaves a short series as it is', () => {
    const points = ramp(10);
    expect(thinPoints(points, 10)).toBe(points);
  });

  it('keeps evenly spaced points, the first and the last among them', () => {
    const thinned = thinPoints(ramp(1001), 11);
    expect(thinned.map(([x]) => x)).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
  });
});

describe('thinChart', () => {
  it('returns the same chart when every series is short enough', () => {
    const chart: ChartData = { xLabel: 'Step', series: [{ name: 'loss', points: ramp(5) }] };
    expect(thinChart(chart)).toBe(chart);
  });

  it('thins each long series to MAX_DRAWN_POINTS and keeps the other fields', () => {
    const chart: ChartData = {
      title: 'Loss',
      xLabel: 'Step',
      series: [
        { name: 'loss', points: ramp(16_000) },
        { name: 'val_loss', points: ramp(20), dashed: true },
      ],
    };
    const thinned = thinChart(chart);
    expect(thinned.title).toBe('Loss');
    expect(thinned.series[0].points).toHaveLength(MAX_DRAWN_POINTS);
    expect(thinned.series[0].points.at(-1)).toEqual([15_999, 31_998]);
    expect(thinned.series[1]).toEqual(chart.series[1]);
    expect(chart.series[0].points).toHaveLength(16_000);
  });
});

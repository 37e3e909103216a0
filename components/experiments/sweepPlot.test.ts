import type uPlot from 'uplot';
import { describe, expect, it } from 'vitest';
import type { SweepChartData } from '../../lib/experiments/sweepChart';
import type { PlotStyle } from '../../lib/outputs/plotStyle';
import { sweepPlotData, sweepPlotOptions, sweepXRange } from './sweepPlot';

const chart: SweepChartData = {
  metric: 'accuracy',
  x: 'learningRate',
  over: 'seed',
  scale: 'log',
  ticks: [
    { x: 0.01, label: '0.01' },
    { x: 0.1, label: '0.1' },
  ],
  leftOut: [],
  lines: [
    { name: 'batch=32', points: [{ x: 0.1, value: 0.1, y: 0.9, spread: { std: 0.01, min: 0.89, max: 0.91, n: 2 } }] },
    {
      name: 'batch=64',
      points: [
        { x: 0.01, value: 0.01, y: 0.8, spread: { std: 0, min: 0.8, max: 0.8, n: 1 } },
        { x: 0.1, value: 0.1, y: 0.85 },
      ],
    },
  ],
};
const style: PlotStyle = {
  axis: 'rgb(1, 1, 1)',
  grid: 'rgb(2, 2, 2)',
  layer: 'rgb(3, 3, 3)',
  series: ['rgb(10, 0, 0)', 'rgb(0, 10, 0)'],
  fontFamily: 'sans-serif',
};

describe('sweepPlotData', () => {
  it('aligns the lines on the sorted x values, keeping a spread only where a point averages several runs', () => {
    const { data, spreads } = sweepPlotData(chart);
    expect(data).toEqual([
      [0.01, 0.1],
      [null, 0.9],
      [0.8, 0.85],
    ]);
    expect(spreads).toEqual([
      [null, { std: 0.01, min: 0.89, max: 0.91, n: 2 }],
      [null, null],
    ]);
  });
});

describe('sweepXRange', () => {
  it('pads the grid either side, by a factor on a log axis', () => {
    const [lo, hi] = sweepXRange(chart)!;
    expect(lo).toBeLessThan(0.01);
    expect(lo).toBeGreaterThan(0.008);
    expect(hi).toBeGreaterThan(0.1);
    expect(hi).toBeLessThan(0.13);
    expect(sweepXRange({ ...chart, scale: 'linear', ticks: [{ x: 1, label: '1' }] })).toEqual([0, 2]);
  });
});

describe('sweepPlotOptions', () => {
  const { spreads } = sweepPlotData(chart);
  const options = sweepPlotOptions({ chart, spreads, width: 600, style });

  it('puts x ticks on the grid values only, labelled as the grid writes them, on a log scale', () => {
    const axis = options.axes![0];
    expect(axis.label).toBe('learningRate (log scale)');
    expect((axis.splits as () => number[])()).toEqual([0.01, 0.1]);
    expect((axis.values as unknown as (u: unknown, s: number[]) => string[])(null, [0.01, 0.1])).toEqual(['0.01', '0.1']);
    expect(options.scales!.x).toMatchObject({ time: false, distr: 3, auto: false });
    expect(options.series.slice(1).map((s) => [s.label, s.stroke])).toEqual([
      ['batch=32', style.series[0]],
      ['batch=64', style.series[1]],
    ]);
  });

  it('draws a band and ±1 std whiskers for averaged points only', () => {
    const calls: string[] = [];
    const ctx = new Proxy({ canvas: { width: 1200 } } as Record<string, unknown>, {
      get: (target, key: string) => (key in target ? target[key] : (...args: unknown[]) => calls.push(`${key}(${args.join(',')})`)),
      set: (target, key: string, value) => {
        calls.push(`${key}=${value}`);
        target[key] = value;
        return true;
      },
    });
    const u = {
      ctx,
      width: 600,
      bbox: { left: 0, top: 0, width: 1200, height: 400 },
      data: sweepPlotData(chart).data,
      valToPos: (v: number) => v * 100,
    } as unknown as uPlot;
    for (const hook of [...(options.hooks!.drawAxes as ((u: uPlot) => void)[]), ...(options.hooks!.draw as ((u: uPlot) => void)[])])
      hook(u);
    expect(calls.filter((c) => c === 'fill()')).toHaveLength(1); // one band: only line 0 has a spread
    expect(calls).toContain(`fillStyle=${style.series[0]}`);
    expect(calls).toContain(`strokeStyle=${style.series[0]}`);
    // The whisker of line 0 at x 0.1: from mean + std to mean - std.
    expect(calls).toContain(`moveTo(10,91)`);
    expect(calls).toContain(`lineTo(10,89)`);
    expect(calls.filter((c) => c === 'stroke()')).toHaveLength(1);
  });
});

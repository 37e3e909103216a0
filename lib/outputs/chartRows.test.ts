import { describe, expect, it } from 'vitest';
import { canUseLogScale, chartAriaLabel, chartRows } from './chartRows';
import type { ChartData } from './mime';

const chart: ChartData = {
  title: 'Loss',
  xLabel: 'Epoch',
  series: [
    {
      name: 'loss',
      points: [
        [2, 0.5],
        [1, 0],
      ],
    },
    { name: 'val.loss', points: [[1, 0.7]], dashed: true },
    {
      name: 'acc',
      points: [
        [1, 0],
        [2, 0.9],
      ],
      axis: 'right',
    },
  ],
};

describe('chartRows', () => {
  it('merges series into rows sorted by x, with safe keys and null gaps', () => {
    const { rows, series, hasRightAxis } = chartRows(chart, { logScale: false });
    expect(rows).toEqual([
      { x: 1, s0: 0, s1: 0.7, s2: 0 },
      { x: 2, s0: 0.5, s1: null, s2: 0.9 },
    ]);
    expect(series.map((s) => [s.key, s.name, s.dashed, s.axis])).toEqual([
      ['s0', 'loss', false, 'left'],
      ['s1', 'val.loss', true, 'left'],
      ['s2', 'acc', false, 'right'],
    ]);
    expect(hasRightAxis).toBe(true);
  });

  it('gives a validation series the colour of its training twin', () => {
    const twins: ChartData = {
      xLabel: 'Epoch',
      series: ['loss', 'val_loss', 'acc', 'val_acc'].map((name) => ({ name, points: [] })),
    };
    expect(chartRows(twins, { logScale: false }).series.map((s) => s.colorIndex)).toEqual([0, 0, 1, 1]);
  });

  it('drops non-positive left-axis values on a log scale but keeps the right axis linear', () => {
    const { rows } = chartRows(chart, { logScale: true });
    expect(rows[0]).toEqual({ x: 1, s0: null, s1: 0.7, s2: 0 });
  });

  it('allows a log scale only when some left-axis value is positive', () => {
    expect(canUseLogScale(chart)).toBe(true);
    expect(canUseLogScale({ xLabel: 'x', series: [{ name: 'l', points: [[1, 0]] }] })).toBe(false);
  });

  it('names a chart after its title', () => {
    expect(chartAriaLabel({ title: 'Loss' })).toBe('Loss chart');
    expect(chartAriaLabel({})).toBe('Chart');
  });

  it('puts dots on a sparse series (per epoch) even beside a dense one (per step)', () => {
    const perStep = Array.from({ length: 200 }, (_, i) => [i + 1, 1 / (i + 1)] as [number, number]);
    const chart = {
      title: 'Loss',
      xLabel: 'Step',
      series: [
        { name: 'loss', points: perStep },
        { name: 'epoch loss', points: [[100, 0.02]] as [number, number][] },
      ],
    };
    expect(chartRows(chart, { logScale: false }).series.map((s) => s.dots)).toEqual([false, true]);
  });
});

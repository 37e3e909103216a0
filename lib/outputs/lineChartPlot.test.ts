import { describe, expect, it } from 'vitest';
import { chartRows } from './chartRows';
import { lineChartColumns, linePlotOptions } from './lineChartPlot';
import type { PlotStyle } from './plotStyle';
import type { ChartData } from './mime';

const style: PlotStyle = {
  axis: 'rgb(82, 82, 82)',
  grid: 'rgb(224, 224, 224)',
  layer: 'rgb(255, 255, 255)',
  series: ['rgb(15, 98, 254)', 'rgb(218, 30, 40)'],
  fontFamily: 'sans-serif',
};

const history: ChartData = {
  title: 'Loss',
  xLabel: 'Epoch',
  yLabel: 'Loss',
  series: [
    {
      name: 'loss',
      points: [
        [1, 1],
        [2, 0.5],
        [3, 0.25],
      ],
    },
    {
      name: 'val_loss',
      points: [
        [1, 1.2],
        [3, 0.7],
      ],
      dashed: true,
    },
  ],
};

describe('lineChartColumns', () => {
  it('aligns every series on the merged x values, with nulls where a series has no point', () => {
    expect(lineChartColumns(chartRows(history, { logScale: false }))).toEqual([
      [1, 2, 3],
      [1, 0.5, 0.25],
      [1.2, null, 0.7],
    ]);
  });
});

describe('linePlotOptions', () => {
  const options = (chart: ChartData, logScale = false) =>
    linePlotOptions({ chart, drawn: chartRows(chart, { logScale }), logScale, integerX: true, width: 600, style });

  it('draws each series in its resolved colour, dashed where asked, on a numeric (not time) x axis', () => {
    const o = options(history);
    expect(o.scales?.x?.time).toBe(false);
    expect(o.series.slice(1).map((s) => [s.label, s.stroke, s.dash])).toEqual([
      ['loss', style.series[0], undefined],
      ['val_loss', style.series[1], [6, 4]],
    ]);
    expect(o.axes?.map((a) => [a.label, a.stroke])).toEqual([
      ['Epoch', style.axis],
      ['Loss', style.axis],
    ]);
  });

  it('uses a base-10 log y scale when asked, and the payload domain otherwise', () => {
    expect(options(history, true).scales?.y).toEqual({ distr: 3, log: 10 });
    expect(options({ ...history, yDomain: [0, 2] }).scales?.y).toEqual({ auto: false, range: [0, 2] });
    expect(options({ ...history, xDomain: [0, 10] }).scales?.x).toEqual({ time: false, auto: false, range: [0, 10] });
  });

  it('adds a right axis for right-axis series and marks sparse series with hollow dots', () => {
    const chart: ChartData = {
      ...history,
      yLabelRight: 'Accuracy',
      series: [...history.series, { name: 'acc', axis: 'right', points: [[1, 0.5]] }],
    };
    const o = options(chart);
    expect(o.axes?.map((a) => a.scale)).toEqual(['x', 'y', 'y2']);
    expect(o.series[3]).toMatchObject({ scale: 'y2' });
    expect(o.series[1].points).toMatchObject({ show: true, fill: style.layer, stroke: style.series[0] });
    const dense: ChartData = {
      xLabel: 'Step',
      series: [{ name: 'loss', points: Array.from({ length: 100 }, (_, i) => [i, 1 / (i + 1)] as [number, number]) }],
    };
    expect(options(dense).series[1].points).toEqual({ show: false });
  });

  it('formats ticks and legend values as numbers, a dash where a series has no value', () => {
    const o = options(history);
    const fakePlot = {} as never;
    const values = o.axes![1].values as unknown as (u: never, splits: number[]) => string[];
    expect(values(fakePlot, [0.5, 1000])).toEqual(['0.5', '1000']);
    const value = o.series[1].value as unknown as (u: never, v: number | null) => string;
    expect(value(fakePlot, null)).toBe('–');
  });
});

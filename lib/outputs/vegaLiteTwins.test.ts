import { describe, expect, it } from 'vitest';
import type { SweepSummary } from '../experiments/sweepSummary';
import type { ChartData } from './mime';
import { MAX_DRAWN_POINTS } from './thinChart';
import { vegaLiteProblems, vegaLiteSourceRows } from './vegaLiteProblems';
import { chartSpec, regressionSpec, sweepSpec } from './vegaLiteTwins';

const ramp = (n: number, f: (i: number) => number): [number, number][] => Array.from({ length: n }, (_, i) => [i + 1, f(i)]);

const history: ChartData = {
  title: 'Loss',
  xLabel: 'Epoch',
  yLabel: 'Loss',
  yLabelRight: 'Metric',
  series: [
    { name: 'loss', points: ramp(5, (i) => 1 / (i + 1)) },
    { name: 'val_loss', points: ramp(5, (i) => 1.2 / (i + 1)), dashed: true },
    { name: 'acc', points: ramp(5, (i) => 0.5 + i / 10), axis: 'right' },
  ],
};

type Layer = {
  transform: { filter: { oneOf: string[] } }[];
  encoding: Record<string, Record<string, unknown>>;
  mark: Record<string, unknown>;
};

describe('chartSpec', () => {
  it('draws loss on the left axis and metrics on an independent right one, with every point as data', () => {
    const spec = chartSpec(history);
    expect(spec.title).toBe('Loss');
    const layers = spec.layer as Layer[];
    expect(layers.map((l) => l.transform[0].filter.oneOf)).toEqual([['loss', 'val_loss'], ['acc']]);
    expect(layers.map((l) => (l.encoding.y.axis as { orient: string }).orient)).toEqual(['left', 'right']);
    expect(layers.map((l) => l.encoding.y.title)).toEqual(['Loss', 'Metric']);
    expect(spec.resolve).toEqual({ scale: { y: 'independent' } });
    expect(vegaLiteProblems(spec)).toEqual([]);
  });

  it('carries every point as inline CSV that Vega reads back as numbers', async () => {
    const rows = await vegaLiteSourceRows(chartSpec(history));
    expect(rows).toHaveLength(15);
    expect(rows[0]).toEqual({ series: 'loss', x: 1, y: 1 });
    expect(rows[6]).toEqual({ series: 'val_loss', x: 2, y: 0.6 });
  });

  it('quotes series names that hold commas, quotes or line breaks', async () => {
    const name = 'loss, "smoothed"\nby 10';
    const rows = await vegaLiteSourceRows(chartSpec({ xLabel: 'Step', series: [{ name, points: [[1, 0.5]] }] }));
    expect(rows).toEqual([{ series: name, x: 1, y: 0.5 }]);
  });

  it('rounds values to 6 significant digits, more than a chart or its tooltip shows', async () => {
    const rows = await vegaLiteSourceRows(
      chartSpec({
        xLabel: 'Step',
        series: [
          {
            name: 'loss',
            points: [
              [1, 0.123456789],
              [2, 1.23456789e-7],
            ],
          },
        ],
      }),
    );
    expect(rows.map((r) => r.y)).toEqual([0.123457, 1.23457e-7]);
  });

  it('dashes validation series, as the page does', () => {
    const layer = (chartSpec(history).layer as Layer[])[0];
    expect(layer.encoding.strokeDash.scale).toEqual({
      domain: ['loss', 'val_loss', 'acc'],
      range: [
        [1, 0],
        [6, 4],
        [1, 0],
      ],
    });
  });

  it('is a single layer when every series is on one axis', () => {
    const spec = chartSpec({ xLabel: 'Step', series: [{ name: 'loss', points: ramp(3, (i) => i) }] });
    expect(spec.layer).toBeUndefined();
    expect(spec.mark).toMatchObject({ type: 'line' });
    expect(spec.title).toBeUndefined();
    expect(vegaLiteProblems(spec)).toEqual([]);
  });

  it('thins a long series as the chart view does, keeping the first and last points', async () => {
    const long = ramp(10_000, (i) => 1 / (i + 1));
    const spec = chartSpec({ xLabel: 'Step', series: [{ name: 'loss', points: long }] });
    const rows = await vegaLiteSourceRows(spec);
    expect(rows).toHaveLength(MAX_DRAWN_POINTS);
    expect(rows[0].x).toBe(1);
    expect(rows[rows.length - 1].x).toBe(10_000);
    // As the .ipynb writes it (indent 1): 150 points as objects would take ~10 KB.
    expect(JSON.stringify(spec, null, 1).length).toBeLessThan(5_000);
    expect(spec.mark).toMatchObject({ point: false });
  });

  it('uses a log axis when the chart asks for one and every value is positive', () => {
    const log = (points: [number, number][]) =>
      chartSpec({ xLabel: 'x', logScale: true, series: [{ name: 'loss', points }] }).encoding as Record<string, { scale: unknown }>;
    expect(log(ramp(3, (i) => i + 1)).y.scale).toEqual({ type: 'log' });
    expect(log(ramp(3, (i) => i)).y.scale).toEqual({ zero: false });
  });

  it('compiles for a chart with no points at all', () => {
    expect(vegaLiteProblems(chartSpec({ xLabel: 'Step', series: [] }))).toEqual([]);
  });
});

describe('regressionSpec', () => {
  it('draws predicted against actual with the metrics as subtitle', () => {
    const spec = regressionSpec({
      mse: 0.25,
      mae: 0.4,
      rmse: 0.5,
      r2: 0.9,
      count: 3,
      title: 'Holdout',
      series: { actual: [1, 2, 3], predicted: [1.1, 2.2, 2.9], label: 'Temperature' },
    })!;
    expect(spec.title).toEqual({ text: 'Holdout: Predicted vs actual', subtitle: 'MSE 0.25 · MAE 0.4 · RMSE 0.5 · R² 0.9' });
    expect((spec.encoding as Record<string, { title: unknown }>).y.title).toBe('Temperature');
    expect(vegaLiteProblems(spec)).toEqual([]);
  });

  it('is null without a series to draw', () => {
    expect(regressionSpec({ mse: 1, mae: 1, rmse: 1, r2: 0, count: 1 })).toBeNull();
  });
});

function sweep(params: string[], rows: SweepSummary['rows'], grid: SweepSummary['grid']): SweepSummary {
  return {
    name: 'mnist-lr',
    jobId: 'j',
    grid,
    params,
    rows,
    trained: rows.length,
    reused: 0,
    diverged: 0,
    failed: 0,
    pending: 0,
    startedAt: 0,
  };
}

describe('sweepSpec', () => {
  const row = (learningRate: number, seed: number, accuracy: number) => ({
    key: `${learningRate}-${seed}`,
    values: { learningRate, seed },
    accuracy,
    seconds: 1,
    status: 'trained' as const,
    reused: false,
  });

  it('draws the mean over seeds against a log learning-rate axis, with the min–max spread', async () => {
    const summary = sweep(['learningRate', 'seed'], [row(0.001, 1, 0.5), row(0.001, 2, 0.7), row(0.1, 1, 0.9), row(0.1, 2, 0.95)], {
      learningRate: [0.001, 0.1],
      seed: [1, 2],
    });
    const spec = sweepSpec(summary)!;
    const layers = spec.layer as Layer[];
    expect(layers).toHaveLength(2);
    expect(layers[0].encoding.x).toMatchObject({ type: 'quantitative', scale: { type: 'log' } });
    expect(layers[0].encoding.y.title).toBe('accuracy (mean over seeds)');
    expect(await vegaLiteSourceRows(spec)).toEqual([
      { line: 'mean over seeds', x: 0.001, y: 0.6, min: 0.5, max: 0.7 },
      { line: 'mean over seeds', x: 0.1, y: 0.925, min: 0.9, max: 0.95 },
    ]);
    expect(vegaLiteProblems(spec)).toEqual([]);
  });

  it('puts string values on an ordinal axis in grid order', async () => {
    const rows = ['sgd', 'adam'].map((optimizer, i) => ({
      key: optimizer,
      values: { optimizer },
      accuracy: 0.8 + i / 10,
      seconds: 1,
      status: 'trained' as const,
      reused: false,
    }));
    const spec = sweepSpec(sweep(['optimizer'], rows, { optimizer: ['sgd', 'adam'] }))!;
    expect((spec.layer as Layer[])[0].encoding.x).toMatchObject({ type: 'ordinal', sort: ['sgd', 'adam'] });
    expect((await vegaLiteSourceRows(spec)).map((r) => r.x)).toEqual(['sgd', 'adam']);
    expect(vegaLiteProblems(spec)).toEqual([]);
  });

  it('is null when no configuration has a result yet', () => {
    expect(sweepSpec(sweep(['seed'], [], { seed: [1] }))).toBeNull();
  });
});

import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHART_MIME, HEATMAP_MIME, HISTOGRAM_MIME, type ChartData, type HeatmapData, type HistogramData } from '../../../lib/outputs/mime';
import { withStandardTwins } from '../../../lib/outputs/standardTwins';
import { vegaLiteProblems, vegaLiteSourceRows } from '../../../lib/outputs/vegaLiteProblems';
import { VEGA_LITE_MIME } from '../../../lib/outputs/vegaLiteTwins';
import { toMimeBundle } from './display';
import { createShow } from './show';
import { MAX_SCATTER_POINTS } from './showXY';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const show = createShow();
const bundleOf = (value: unknown) => toMimeBundle(value);
const chartOf = (value: unknown) => bundleOf(value)[CHART_MIME] as ChartData;
const histogramOf = (value: unknown) => bundleOf(value)[HISTOGRAM_MIME] as HistogramData;
const heatmapOf = (value: unknown) => bundleOf(value)[HEATMAP_MIME] as HeatmapData;
/** The Vega-Lite twin the .ipynb export writes beside the output. */
const twinOf = (value: unknown) => withStandardTwins(bundleOf(value))[VEGA_LITE_MIME];

describe('show.line', () => {
  it('takes one series of { x, y } points as tfjs-vis does, naming it "Series 1", y axis from zero', () => {
    const chart = chartOf(
      show.line(
        {
          values: [
            { x: 1, y: 3 },
            { x: 2, y: 5 },
          ],
        },
        { title: 'Growth', xLabel: 'day' },
      ),
    );
    expect(chart).toMatchObject({ title: 'Growth', xLabel: 'day', yLabel: 'y', yDomain: [0, 5] });
    expect(chart.series).toEqual([
      {
        name: 'Series 1',
        points: [
          [1, 3],
          [2, 5],
        ],
      },
    ]);
    expect(chart.mark).toBeUndefined();
  });

  it('takes several series with their names, and fits the y axis to the data with zoomToFit', () => {
    const chart = chartOf(
      show.line(
        {
          values: [
            [{ x: 0, y: 2 }],
            [
              { x: 0, y: 3 },
              { x: 1, y: 4 },
            ],
          ],
          series: ['train', 'test'],
        },
        { zoomToFit: true },
      ),
    );
    expect(chart.series.map((s) => s.name)).toEqual(['train', 'test']);
    expect(chart.yDomain).toBeUndefined();
  });

  it('honours fixed axis domains', () => {
    const chart = chartOf(show.line({ values: [{ x: 1, y: 1 }] }, { xAxisDomain: [0, 10], yAxisDomain: [-1, 1] }));
    expect(chart).toMatchObject({ xDomain: [0, 10], yDomain: [-1, 1] });
  });

  it('leaves out NaN points (JSON cannot carry them) and thins a very long line', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => ({ x: i, y: i === 5 ? NaN : i }));
    const points = chartOf(show.line({ values })).series[0].points;
    expect(points.length).toBeLessThanOrEqual(2000);
    expect(points[0]).toEqual([0, 0]);
    expect(points.at(-1)).toEqual([9999, 9999]);
  });

  it('says what shape it was given and what it expects', () => {
    expect(() => show.line([{ x: 1, y: 2 }] as never)).toThrow(
      /show\.line: data must be an object with values; give \{ values: \[\{ x, y \}, …\] \}.*\(an array was given: wrap it as \{ values: \[\.\.\.\] \}\)/,
    );
    expect(() =>
      show.line({
        values: [
          { x: 1, y: 2 },
          { x: 'b', y: 3 },
        ],
      } as never),
    ).toThrow("show.line: data.values[1] is { x: 'b', y: 3 }; each point must be { x: number, y: number }");
    expect(() => show.line({ values: [[{ x: 1, y: 2 }], [{ x: 1 }]] } as never)).toThrow('show.line: data.values[1][0] is { x: 1 }');
    expect(() => show.line({ values: [[{ x: 1, y: 2 }]], series: ['a', 'b'] })).toThrow(
      'show.line: 2 series names for 1 series of values; give one name per series',
    );
    expect(() => show.line({ values: [] })).toThrow('show.line: data.values must be a non-empty array');
    expect(() => show.line({ values: [{ x: 1, y: 1 }] }, { width: 300 } as never)).toThrow(
      'show.line: option "width" is not supported here: charts take the width of the cell',
    );
    expect(() => show.line({ values: [{ x: 1, y: 1 }] }, { colour: 'red' } as never)).toThrow(
      'show.line: unknown option "colour"; the options are title, xLabel',
    );
    expect(() => show.line({ values: [{ x: 1, y: 1 }] }, { yAxisDomain: [1, 0] })).toThrow('yAxisDomain must be [min, max]');
  });

  it('exports a Vega-Lite twin that compiles, with every point as data', async () => {
    const spec = twinOf(
      show.line({
        values: [
          [
            { x: 1, y: 3 },
            { x: 2, y: 5 },
          ],
          [{ x: 1, y: 4 }],
        ],
        series: ['a', 'b'],
      }),
    );
    expect(vegaLiteProblems(spec)).toEqual([]);
    expect(await vegaLiteSourceRows(spec)).toEqual([
      { series: 'a', x: 1, y: 3 },
      { series: 'a', x: 2, y: 5 },
      { series: 'b', x: 1, y: 4 },
    ]);
    expect((spec as { encoding: { y: { scale: unknown } } }).encoding.y.scale).toEqual({ domain: [0, 5] });
  });
});

describe('show.scatter', () => {
  it('is a chart of points, every point kept (points may share an x)', () => {
    const values = [
      { x: 1, y: 1 },
      { x: 1, y: 2 },
      { x: 3, y: -1 },
    ];
    const chart = chartOf(show.scatter({ values }, { xLabel: 'horsepower', yLabel: 'mpg' }));
    expect(chart.mark).toBe('point');
    expect(chart.series[0].points).toEqual([
      [1, 1],
      [1, 2],
      [3, -1],
    ]);
    expect(chart.yDomain).toEqual([-1, 2]);
  });

  it('lists points one per row in its text', () => {
    const text = String(
      bundleOf(
        show.scatter({
          values: [
            { x: 1, y: 1 },
            { x: 1, y: 2 },
          ],
        }),
      )['text/plain'],
    );
    expect(text.split('\n').slice(2)).toEqual(['Series 1  1  1', 'Series 1  1  2']);
  });

  it('refuses more points than a scatter plot draws, saying how to sample them', () => {
    const values = Array.from({ length: MAX_SCATTER_POINTS + 1 }, (_, i) => ({ x: i, y: i }));
    expect(() => show.scatter({ values })).toThrow(
      `show.scatter: series "Series 1" has ${MAX_SCATTER_POINTS + 1} points, more than one scatter plot draws`,
    );
  });

  it('exports a Vega-Lite twin of points that compiles', () => {
    const spec = twinOf(
      show.scatter({
        values: [
          { x: 1, y: 1 },
          { x: 1, y: 2 },
        ],
      }),
    );
    expect(vegaLiteProblems(spec)).toEqual([]);
    expect(spec).toMatchObject({ mark: { type: 'point' } });
    expect((spec as { encoding: Record<string, unknown> }).encoding.strokeDash).toBeUndefined();
  });
});

describe('show.histogram', () => {
  it('counts numbers in at most 12 round-width bins by default, with tfjs-vis’s statistics', () => {
    const data = histogramOf(show.histogram([0, 0.5, 1, 1.5, 2, 9.9, NaN, Infinity]));
    expect(data.stats).toEqual({ count: 8, min: 0, max: 9.9, zeros: 1, nonFinite: 2 });
    expect(data.bins.length).toBeLessThanOrEqual(12);
    expect(data.bins[0]).toEqual({ x0: 0, x1: 1, count: 2 });
    expect(data.bins.reduce((n, b) => n + b.count, 0)).toBe(6);
  });

  it('reads tfjs-vis’s [{ value }] objects, typed arrays and tensors of any shape alike', () => {
    const expected = histogramOf(show.histogram([1, 2, 3, 4]));
    expect(histogramOf(show.histogram([{ value: 1 }, { value: 2 }, { value: 3 }, { value: 4 }]))).toEqual(expected);
    expect(histogramOf(show.histogram(Float32Array.of(1, 2, 3, 4)))).toEqual(expected);
    const t = tf.tensor2d([
      [1, 2],
      [3, 4],
    ]);
    expect(histogramOf(show.histogram(t))).toEqual(expected);
    expect(t.isDisposed).toBe(false);
    t.dispose();
  });

  it('makes exactly `bins` equal bins from min to max when asked', () => {
    const data = histogramOf(show.histogram([0, 1, 2, 3, 4, 10], { bins: 5, title: 'Weights' }));
    expect(data.bins.map((b) => [b.x0, b.x1, b.count])).toEqual([
      [0, 2, 2],
      [2, 4, 2],
      [4, 6, 1],
      [6, 8, 0],
      [8, 10, 1],
    ]);
    expect(data.title).toBe('Weights');
  });

  it('says what it was given and what it expects', () => {
    expect(() => show.histogram('abc' as never)).toThrow(
      "show.histogram: values must be an array or a tensor; give an array of numbers, a typed array, [{ value }, …] as tfjs-vis takes, or a tensor (got 'abc')",
    );
    expect(() =>
      show.histogram([
        [1, 2],
        [3, 4],
      ] as never),
    ).toThrow(
      'show.histogram: values[0] is [ 1, 2 ]; give an array of numbers, a typed array, [{ value }, …] as tfjs-vis takes, or a tensor; for rows of numbers pass a tensor (tf.tensor(rows)) or values.flat()',
    );
    expect(() => show.histogram([])).toThrow('show.histogram: values is empty; there is nothing to count');
    expect(() => show.histogram([1], { bins: 5, maxBins: 5 })).toThrow(
      'give maxBins (at most that many round-width bins) or bins (exactly that many), not both',
    );
    expect(() => show.histogram([1], { bins: 0 })).toThrow('show.histogram: option bins must be an integer from 1 to 200 (got 0)');
  });

  it('exports a Vega-Lite twin of its bins that compiles and carries the counts', async () => {
    const spec = twinOf(show.histogram([0, 1, 2, 3, 4, 10], { bins: 5 }));
    expect(vegaLiteProblems(spec)).toEqual([]);
    const rows = await vegaLiteSourceRows(spec);
    expect(rows[0]).toMatchObject({ x0: 0, x1: 2, count: 2 });
    expect((spec as { title: { subtitle: string } }).title.subtitle).toBe(
      'count 6 \u00b7 min 0 \u00b7 max 10 \u00b7 zeros 1 \u00b7 NaN/Infinity 0',
    );
  });
});

describe('show.heatmap', () => {
  const values = [
    [4, 2, 8, 20],
    [1, 7, 2, 10],
    [3, 3, 20, 13],
  ];

  it('reads values[i][j] as column i, row j by default, as tfjs-vis does', () => {
    const data = heatmapOf(
      show.heatmap({ values, xTickLabels: ['cheese', 'pig', 'font'], yTickLabels: ['speed', 'smoothness', 'dexterity', 'mana'] }),
    );
    expect(data.xTickLabels).toEqual(['cheese', 'pig', 'font']);
    expect(data.values).toEqual([
      [4, 1, 3],
      [2, 7, 3],
      [8, 2, 20],
      [20, 10, 13],
    ]);
    expect(data).toMatchObject({ colorMap: 'viridis', domain: [1, 20] });
  });

  it('reads values[row][column] with rowMajor, from an array or a tensor alike', () => {
    const fromArray = heatmapOf(show.heatmap({ values }, { rowMajor: true, colorMap: 'blues', domain: [0, 25] }));
    expect(fromArray.values).toEqual(values);
    expect(fromArray.xTickLabels).toEqual(['0', '1', '2', '3']);
    expect(fromArray).toMatchObject({ colorMap: 'blues', domain: [0, 25] });
    const t = tf.tensor2d(values);
    expect(heatmapOf(show.heatmap({ values: t }, { rowMajor: true, colorMap: 'blues', domain: [0, 25] }))).toEqual(fromArray);
    t.dispose();
  });

  it('keeps NaN cells as gaps', () => {
    expect(heatmapOf(show.heatmap({ values: [[1, NaN]] }, { rowMajor: true })).values).toEqual([[1, null]]);
  });

  it('says what shape it was given and what it expects', () => {
    expect(() => show.heatmap({ values, xTickLabels: ['a', 'b'] })).toThrow(
      'show.heatmap: 2 xTickLabels for 3 columns of values shaped [3,4]; values[i][j] is column i, row j (tfjs-vis’s default; pass { rowMajor: true } for values[row][column])',
    );
    expect(() => show.heatmap({ values: [1, 2, 3] as never })).toThrow(
      'show.heatmap: data.values has shape [3]; give a non-empty 2-D array or tensor, shaped [columns, rows] (or [rows, columns] with rowMajor: true)',
    );
    expect(() => show.heatmap(values as never)).toThrow('(wrap the matrix as { values: matrix })');
    expect(() => show.heatmap({ values }, { colorMap: 'jet' as never })).toThrow(
      "show.heatmap: colorMap must be 'viridis', 'blues', 'greyscale' (got 'jet')",
    );
    expect(() => show.heatmap({ values: [[1, 2], [3]] })).toThrow(
      'show.heatmap: data.values[1] has 1 values but data.values[0] has 2; rows must all be as long',
    );
  });

  it('exports a Vega-Lite twin that compiles, cells placed by index and labelled with the ticks', async () => {
    for (const colorMap of ['viridis', 'blues', 'greyscale'] as const) {
      const spec = twinOf(show.heatmap({ values, xTickLabels: ['a', 'a', 'b'] }, { colorMap, title: 'Map' }));
      expect(vegaLiteProblems(spec)).toEqual([]);
    }
    const spec = twinOf(show.heatmap({ values, xTickLabels: ['a', 'a', 'b'] }));
    const rows = await vegaLiteSourceRows(spec);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual({ column: 0, row: 0, value: 4 });
    expect(rows[1]).toEqual({ column: 1, row: 0, value: 1 });
  });
});

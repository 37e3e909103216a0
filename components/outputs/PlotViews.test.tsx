import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderSettled } from '../../testing/renderSettled';
import type { ChartData } from '@/lib/outputs/mime';
import type { HeatmapData, HistogramData } from '@/lib/outputs/plotSchemas';
import { ChartView } from './ChartView';
import { HeatmapView } from './HeatmapView';
import { HistogramView } from './HistogramView';
import { MimeBundleView } from './MimeBundleView';
import { ProgressView } from './ProgressView';

describe('show.* views', () => {
  it('draws a scatter chart as a named figure of points', async () => {
    const chart: ChartData = {
      title: 'MPG',
      xLabel: 'hp',
      yLabel: 'mpg',
      mark: 'point',
      series: [
        {
          name: 'cars',
          points: [
            [1, 2],
            [1, 3],
          ],
        },
      ],
    };
    const html = await renderSettled(<ChartView chart={chart} />);
    expect(html).toMatch(/<figure[^>]*aria-label="MPG chart"[^>]*data-points="2"[^>]*data-mark="point"/);
  });

  it('names a histogram by its title and prints its statistics', () => {
    const data: HistogramData = {
      title: 'Weights',
      bins: [{ x0: 0, x1: 1, count: 3 }],
      stats: { count: 4, min: 0, max: 1, zeros: 1, nonFinite: 1 },
    };
    const html = renderToStaticMarkup(<HistogramView data={data} />);
    expect(html).toMatch(/aria-label="Weights histogram"/);
    expect(html).toContain('count 4 \u00b7 min 0 \u00b7 max 1 \u00b7 zeros 1 \u00b7 NaN/Infinity 1');
  });

  it('draws a heatmap cell per value, coloured on its scale, with an accessible description and tick labels', () => {
    const data: HeatmapData = {
      title: 'Grid',
      xTickLabels: ['a', 'b'],
      yTickLabels: ['r'],
      values: [[0, null]],
      colorMap: 'greyscale',
      domain: [0, 1],
    };
    const html = renderToStaticMarkup(<HeatmapView data={data} />);
    expect(html).toContain('role="img" aria-label="Grid heatmap: 1 rows by 2 columns, values from 0 to 1"');
    expect(html).toContain('fill="#000000"');
    expect(html).toContain('<title>b, r: NaN</title>');
    expect(html).toMatch(/>a<\/text>.*>b<\/text>/);
    // Text follows the theme.
    expect(html).not.toMatch(/fill="#5/);
  });

  it('shows model.fit’s progress as one line per epoch with a bar', () => {
    const html = renderToStaticMarkup(
      <ProgressView
        data={{ epochs: 5, verbose: 1, rows: [{ epoch: 1, step: 3, steps: 6, elapsedMs: 300, done: false, logs: { loss: 0.5 } }] }}
      />,
    );
    expect(html).toContain('Epoch 1/5');
    expect(html).toContain('role="progressbar" aria-label="Epoch 1/5 progress" aria-valuemin="0" aria-valuemax="100" aria-valuenow="50"');
    expect(html).toContain('3/6 - ETA: 0s - loss: 0.5000');
  });

  it('gives an image output its text as alt text', () => {
    const html = renderToStaticMarkup(
      <MimeBundleView data={{ 'image/png': 'iVBORw0KGgo=', 'text/plain': '<3 images of 28×28: 7, 2, 1>' }} />,
    );
    expect(html).toContain('alt="3 images of 28×28: 7, 2, 1"');
  });
});

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ChartData } from '@/lib/outputs/mime';
import { ChartView } from './ChartView';

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
      ],
    },
    {
      name: 'val_loss',
      points: [
        [1, 1.2],
        [2, 0.7],
      ],
      dashed: true,
    },
  ],
};

describe('ChartView', () => {
  it('names a History chart "Loss chart" and shows its title', () => {
    const html = renderToStaticMarkup(<ChartView chart={history} />);
    expect(html).toMatch(/<figure[^>]*aria-label="Loss chart"/);
    expect(html).toContain('Loss</figcaption>');
  });

  it('offers a log-scale toggle, off unless the payload asks for it', () => {
    expect(renderToStaticMarkup(<ChartView chart={history} />)).toMatch(/<input[^>]*type="checkbox"\/><span>Log scale/);
    expect(renderToStaticMarkup(<ChartView chart={{ ...history, logScale: true }} />)).toMatch(/type="checkbox" checked=""/);
  });

  it('disables the log scale when no value is positive', () => {
    const flat: ChartData = { xLabel: 'x', series: [{ name: 'zero', points: [[1, 0]] }] };
    expect(renderToStaticMarkup(<ChartView chart={flat} />)).toMatch(/type="checkbox" disabled=""/);
  });

  it('accepts an explicit accessible name', () => {
    expect(renderToStaticMarkup(<ChartView chart={history} ariaLabel="Live training chart" />)).toContain(
      'aria-label="Live training chart"',
    );
  });
});

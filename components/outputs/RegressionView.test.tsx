import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RegressionData } from '@/lib/outputs/mime';
import { RegressionView } from './RegressionView';

const metrics: RegressionData = { mse: 0.25, mae: 0.4, rmse: 0.5, r2: 0.875, count: 1200, loss: 0.25 };

describe('RegressionView', () => {
  it('lists MSE, MAE, RMSE, R², the sample count and the loss', () => {
    const html = renderToStaticMarkup(<RegressionView data={metrics} />);
    expect(html).toContain('<caption>Regression metrics</caption>');
    for (const [label, value] of [
      ['MSE', '0.25'],
      ['MAE', '0.4'],
      ['RMSE', '0.5'],
      ['R²', '0.875'],
      ['Samples', '1,200'],
      ['Loss', '0.25'],
    ]) {
      expect(html).toMatch(new RegExp(`<th scope="row">${label}</th><td[^>]*>${value}</td>`));
    }
    expect(html).not.toContain('Predicted vs actual');
  });

  it('charts predicted against actual when the payload has a series, and says when it was cut', () => {
    const series = { actual: [1, 2, 3], predicted: [1.1, 2.2, 2.9], total: 1200 };
    const html = renderToStaticMarkup(<RegressionView data={{ ...metrics, title: 'Holdout', series }} />);
    expect(html).toMatch(/<figure[^>]*aria-label="Predicted vs actual chart"/);
    expect(html).toContain('Predicted vs actual</figcaption>');
    expect(html).toContain('Holdout');
    expect(html).toContain('Showing the first 3 of 1,200 points');
  });

  it('shows a dash for a metric that is not finite', () => {
    const html = renderToStaticMarkup(<RegressionView data={{ ...metrics, r2: NaN }} />);
    expect(html).toMatch(/R²<\/th><td[^>]*>—<\/td>/);
    expect(html).not.toContain('NaN');
  });
});

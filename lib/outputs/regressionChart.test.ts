import { describe, expect, it } from 'vitest';
import { chartAriaLabel } from './chartRows';
import { regressionChart } from './regressionChart';

describe('regressionChart', () => {
  it('plots actual solid and predicted dashed against the time index', () => {
    const chart = regressionChart({ series: { actual: [1, 2], predicted: [1.5, 2.5], label: 'Sales' } });
    expect(chart).toEqual({
      title: 'Predicted vs actual',
      xLabel: 'Time step',
      yLabel: 'Sales',
      series: [
        {
          name: 'Actual',
          points: [
            [0, 1],
            [1, 2],
          ],
        },
        {
          name: 'Predicted',
          points: [
            [0, 1.5],
            [1, 2.5],
          ],
          dashed: true,
        },
      ],
    });
    expect(chartAriaLabel(chart!)).toBe('Predicted vs actual chart');
  });

  it('has no chart without a series', () => {
    expect(regressionChart({})).toBeNull();
  });

  it('leaves non-finite values out as gaps', () => {
    expect(regressionChart({ series: { actual: [1, NaN], predicted: [1, 2] } })?.series[0].points).toEqual([[0, 1]]);
  });
});

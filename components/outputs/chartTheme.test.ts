import { describe, expect, it } from 'vitest';
import { CHART_SERIES_COUNT, chartSeriesColor } from './chartTheme';

describe('chartSeriesColor', () => {
  it('names the palette custom properties in order, starting at 1', () => {
    expect(chartSeriesColor(0)).toBe('var(--sb-chart-series-1)');
    expect(chartSeriesColor(7)).toBe('var(--sb-chart-series-8)');
  });

  it('cycles through the palette for series beyond its length', () => {
    expect(chartSeriesColor(CHART_SERIES_COUNT)).toBe(chartSeriesColor(0));
    expect(chartSeriesColor(CHART_SERIES_COUNT + 2)).toBe('var(--sb-chart-series-3)');
  });
});

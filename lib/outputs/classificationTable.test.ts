import { describe, expect, it } from 'vitest';
import { classificationReport } from '../metrics/classification';
import {
  cellColors,
  cellShade,
  MATRIX_SHADING,
  cellTitle,
  formatCount,
  formatMetric,
  formatPercent,
  reportRows,
  rowFractions,
  weightedAverages,
} from './classificationTable';

describe('classification view helpers', () => {
  it('writes non-finite numbers as a dash, never NaN', () => {
    expect([formatMetric(NaN), formatCount(Infinity), formatPercent(NaN)]).toEqual(['—', '—', '—']);
    expect([formatMetric(0.5), formatCount(12345), formatPercent(0.06)]).toEqual(['0.500', '12,345', '6.0%']);
  });

  it('normalises each row by its total, leaving a row with no samples without fractions', () => {
    expect(
      rowFractions([
        [3, 1],
        [0, 0],
      ]),
    ).toEqual([
      [0.75, 0.25],
      [null, null],
    ]);
  });

  it('shades from the layer to the accent blue in each theme, with black or white text, whichever contrasts more', () => {
    expect(cellShade(0, MATRIX_SHADING.light)).toEqual({ background: '#ffffff', color: '#000000' });
    expect(cellShade(null, MATRIX_SHADING.light)).toEqual({ background: '#ffffff', color: '#000000' });
    expect(cellShade(1, MATRIX_SHADING.light)).toEqual({ background: '#0f62fe', color: '#ffffff' });
    expect(cellShade(0, MATRIX_SHADING.dark)).toEqual({ background: '#262626', color: '#ffffff' });
    expect(cellShade(1, MATRIX_SHADING.dark)).toEqual({ background: '#4589ff', color: '#000000' });
  });

  it('writes both themes into one style with light-dark()', () => {
    expect(cellColors(1)).toEqual({ background: 'light-dark(#0f62fe, #4589ff)', color: 'light-dark(#ffffff, #000000)' });
  });

  it('titles a cell with its count and row share', () => {
    expect(cellTitle('setosa', 'versicolor', 3, 0.06)).toBe('true setosa → predicted versicolor: 3 (6.0%)');
    expect(cellTitle('virginica', 'setosa', 0, null)).toBe('true virginica → predicted setosa: 0 (no true virginica samples)');
  });

  it('lays out the report like scikit-learn: classes, then accuracy, macro and weighted averages', () => {
    const report = classificationReport([0, 0, 1], [0, 1, 1], ['a', 'b', 'c']);
    const rows = reportRows(report);
    expect(rows.map((r) => r.label)).toEqual(['a', 'b', 'c', 'accuracy', 'macro avg', 'weighted avg']);
    expect(rows[2]).toEqual({ label: 'c', precision: '0.000', recall: '0.000', f1: '0.000', support: '0', summary: false });
    expect(rows[3]).toMatchObject({ precision: null, recall: null, f1: '0.667', support: '3' });
  });

  it('derives weighted averages from support when a saved report lacks them', () => {
    const { weighted, ...report } = classificationReport([0, 0, 1], [0, 1, 1], 2);
    expect(weightedAverages(report)).toEqual(weighted);
  });
});

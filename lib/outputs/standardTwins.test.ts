import { describe, expect, it } from 'vitest';
import { chooseView } from './chooseView';
import { CHART_MIME, MODEL_MIME, REGRESSION_MIME, TABLE_MIME } from './mime';
import { HTML_MIME, withStandardTwins } from './standardTwins';
import { VEGA_LITE_MIME } from './vegaLiteTwins';

const table = { columns: ['a'], rows: [[1]], totalRows: 1 };
const chart = {
  xLabel: 'Epoch',
  series: [
    {
      name: 'loss',
      points: [
        [1, 0.5],
        [2, 0.25],
      ],
    },
  ],
};

describe('withStandardTwins', () => {
  it('adds an HTML table beside a table payload and keeps everything else', () => {
    const bundle = withStandardTwins({ 'text/plain': 'a\n1', [TABLE_MIME]: table });
    expect(bundle['text/plain']).toBe('a\n1');
    expect(bundle[TABLE_MIME]).toBe(table);
    expect(bundle[HTML_MIME]).toContain('<td>1</td>');
    expect(bundle[VEGA_LITE_MIME]).toBeUndefined();
  });

  it('adds a Vega-Lite spec beside a chart payload', () => {
    const bundle = withStandardTwins({ 'text/plain': '', [CHART_MIME]: chart });
    expect(bundle[VEGA_LITE_MIME]).toMatchObject({ $schema: 'https://vega.github.io/schema/vega-lite/v5.json' });
    expect(bundle[HTML_MIME]).toBeUndefined();
  });

  it('gives a regression with a series a chart only, and one without a series its metrics table', () => {
    const metrics = { mse: 1, mae: 1, rmse: 1, r2: 0, count: 2 };
    const charted = withStandardTwins({ [REGRESSION_MIME]: { ...metrics, series: { actual: [1, 2], predicted: [1, 2] } } });
    expect(Object.keys(charted).sort()).toEqual([REGRESSION_MIME, VEGA_LITE_MIME].sort());
    const plain = withStandardTwins({ [REGRESSION_MIME]: metrics });
    expect(Object.keys(plain).sort()).toEqual([REGRESSION_MIME, HTML_MIME].sort());
  });

  it('reads a payload stored as a JSON string, as some writers store it', () => {
    expect(withStandardTwins({ [TABLE_MIME]: JSON.stringify(table) })[HTML_MIME]).toContain('<table>');
  });

  it('replaces HTML that came with the payload by the twin of the payload itself', () => {
    const bundle = withStandardTwins({ [TABLE_MIME]: table, [HTML_MIME]: '<script>alert(1)</script>' });
    expect(bundle[HTML_MIME]).not.toContain('<script>');
  });

  it('leaves a bundle without a valid payload of ours as it is', () => {
    const plain = { 'text/plain': 'hi', [HTML_MIME]: '<b>hi</b>' };
    expect(withStandardTwins(plain)).toBe(plain);
    const invalid = { [MODEL_MIME]: { name: 'm' } };
    expect(withStandardTwins(invalid)).toBe(invalid);
  });

  it('leaves Sparkbook showing its own view: twins never win over our types', () => {
    const view = chooseView(withStandardTwins({ 'text/plain': '', [CHART_MIME]: chart }));
    expect(view.kind).toBe('sparkbook');
    expect(chooseView(withStandardTwins({ [TABLE_MIME]: table })).kind).toBe('sparkbook');
  });
});

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TensorData } from '@/lib/outputs/mime';
import { TensorView } from './TensorView';

const matrix: TensorData = {
  shape: [3, 4],
  dtype: 'float32',
  size: 12,
  values: {
    columnLabels: ['0', '1'],
    rowLabels: ['0', '1'],
    rows: [
      [1, 2],
      [3, 4],
    ],
  },
  truncated: true,
};

describe('TensorView', () => {
  it('heads the table with dtype and shape', () => {
    expect(renderToStaticMarkup(<TensorView tensor={matrix} />)).toContain('Tensor float32 [3,4]');
  });

  it('labels rows with their index and notes a truncated preview', () => {
    const html = renderToStaticMarkup(<TensorView tensor={matrix} />);
    expect(html).toMatch(/<th scope="row"[^>]*>1<\/th>/);
    expect(html).toContain('Showing 4 of 12 values');
  });

  it('shows a scalar as its value', () => {
    const scalar: TensorData = {
      shape: [],
      dtype: 'int32',
      size: 1,
      values: { columnLabels: [''], rowLabels: [''], rows: [[7]] },
      truncated: false,
    };
    const html = renderToStaticMarkup(<TensorView tensor={scalar} />);
    expect(html).toContain('Tensor int32 []');
    expect(html).toContain('>7</pre>');
    expect(html).not.toContain('<table');
  });
});

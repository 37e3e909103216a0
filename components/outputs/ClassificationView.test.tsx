import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { classificationReport } from '@/lib/metrics/classification';
import type { ClassificationData } from '@/lib/outputs/mime';
import { ClassificationView } from './ClassificationView';
import { ConfusionMatrixView } from './ConfusionMatrixView';

// Truth: setosa ×3, versicolor ×2. Predictions: setosa ×4, and "unseen" for one versicolor.
// So versicolor is never predicted, and virginica occurs nowhere in the data.
const { total: _total, ...report } = classificationReport(
  [0, 0, 0, 1, 1],
  [0, 0, 0, 0, 3],
  ['setosa', 'versicolor', 'virginica', 'unseen'],
);
const data: ClassificationData = { ...report, loss: 0.61, jobId: 'job-k3-4' };

/** The text of each body row of the first table (the confusion matrix): row header, then counts. */
function matrixRows(html: string): string[][] {
  const matrix = html.slice(0, html.indexOf('</table>'));
  const body = matrix.slice(matrix.indexOf('<tbody>'));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row]) =>
    [...row.matchAll(/<t[hd] (?:(?!>).)*>([^<]*)<\/t[hd]>/g)].map(([, text]) => text),
  );
}

describe('ClassificationView', () => {
  const html = renderToStaticMarkup(<ClassificationView data={data} />);

  it('shows the confusion matrix as a captioned table with axis labels and class headers', () => {
    expect(html).toContain('<caption>Confusion matrix</caption>');
    expect(html).toContain('Predicted class</th>');
    expect(html).toMatch(/<th scope="rowgroup" rowSpan="4"[^>]*><span[^>]*>True class<\/span><\/th>/);
    for (const name of ['setosa', 'versicolor', 'virginica', 'unseen']) {
      expect(html).toMatch(new RegExp(`<th scope="col"[^>]*>${name}</th>`));
      expect(html).toContain(`<th scope="row">${name}</th>`);
    }
  });

  it('counts true classes by row and predictions by column, including the empty ones', () => {
    expect(matrixRows(html)).toEqual([
      ['setosa', '3', '0', '0', '0'],
      ['versicolor', '1', '0', '0', '1'],
      ['virginica', '0', '0', '0', '0'],
      ['unseen', '0', '0', '0', '0'],
    ]);
  });

  it('titles each cell with its count and row share', () => {
    expect(html).toContain('title="true versicolor → predicted setosa: 1 (50.0%)"');
    expect(html).toContain('title="true virginica → predicted virginica: 0 (no true virginica samples)"');
  });

  it('shades cells by their share of the row in both themes, white text on the deepest light-theme blue', () => {
    expect(html).toMatch(
      /style="background:light-dark\(#0f62fe, #4589ff\);color:light-dark\(#ffffff, #000000\)" title="true setosa → predicted setosa/,
    );
  });

  it('shows the report with accuracy and both averages, zero rather than NaN for empty classes', () => {
    expect(html).toContain('<caption>Classification report</caption>');
    expect(html).toMatch(/<th scope="row">versicolor<\/th>(<td[^>]*>0\.000<\/td>){3}<td[^>]*>2<\/td>/);
    expect(html).toMatch(/<th scope="row">virginica<\/th>(<td[^>]*>0\.000<\/td>){3}<td[^>]*>0<\/td>/);
    expect(html).toMatch(/<th scope="row">accuracy<\/th><td[^>]*><\/td><td[^>]*><\/td><td[^>]*>0\.600<\/td><td[^>]*>5<\/td>/);
    expect(html).toContain('macro avg</th>');
    expect(html).toContain('weighted avg</th>');
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('leads with accuracy, loss, sample count and the job', () => {
    expect(html).toContain('Accuracy 0.600 · loss 0.61 · 5 samples · job job-k3-4');
  });

  it('derives weighted averages for a saved evaluation that has none', () => {
    const { weighted: _weighted, ...saved } = data;
    expect(renderToStaticMarkup(<ClassificationView data={saved} />)).toBe(html);
  });

  it('shows a dash, not NaN, for metrics that are not finite', () => {
    const broken = renderToStaticMarkup(<ClassificationView data={{ ...data, accuracy: NaN, precision: [NaN, 0, 0, 0] }} />);
    expect(broken).not.toContain('NaN');
    expect(broken).toContain('Accuracy —');
  });
});

describe('ConfusionMatrixView', () => {
  it('offers a Row % toggle, off by default', () => {
    expect(renderToStaticMarkup(<ConfusionMatrixView data={data} />)).toMatch(/<input[^>]*type="checkbox"\/><span>Row %<\/span>/);
  });

  it('shows row-normalised percentages when Row % is on, and a dash for a class with no samples', () => {
    const rows = matrixRows(renderToStaticMarkup(<ConfusionMatrixView data={data} initialRowPercent />));
    expect(rows[0]).toEqual(['setosa', '100.0%', '0.0%', '0.0%', '0.0%']);
    expect(rows[1]).toEqual(['versicolor', '50.0%', '0.0%', '0.0%', '50.0%']);
    expect(rows[2]).toEqual(['virginica', '—', '—', '—', '—']);
  });
});

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { sampleJobs } from '../../testing/sampleJobs';
import { JobComparison } from './JobComparison';

const [evaluate, cancelled, fit] = sampleJobs(Date.UTC(2026, 0, 15, 12));

describe('JobComparison', () => {
  it('overlays the loss curves and lays the configurations side by side', () => {
    const html = renderToStaticMarkup(<JobComparison jobs={[fit, cancelled]} onClose={() => {}} />);
    expect(html).toContain('aria-label="Loss comparison chart"');
    expect(html).toContain('<caption>Configuration comparison</caption>');
    expect(html).toContain(`<th scope="col">${fit.id}</th><th scope="col">${cancelled.id}</th>`);
  });

  it('highlights the rows whose values differ, and says so to screen readers', () => {
    const html = renderToStaticMarkup(<JobComparison jobs={[fit, cancelled]} onClose={() => {}} />);
    expect(html).toMatch(
      /<tr data-differs="true"><th scope="row">learningRate<span class="visually-hidden"> \(differs\)<\/span><\/th><td>0\.01<\/td><td>0\.05<\/td>/,
    );
    expect(html).toMatch(/<tr data-differs="false"><th scope="row">batchSize<\/th>/);
  });

  it('notes jobs that have no loss curve', () => {
    const html = renderToStaticMarkup(<JobComparison jobs={[fit, evaluate]} onClose={() => {}} />);
    expect(html).toContain(`No loss curve for ${evaluate.id}`);
  });
});

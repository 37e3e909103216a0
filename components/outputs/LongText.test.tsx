import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LongText } from './LongText';

const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`).join('\n');

describe('LongText', () => {
  it('shows a short text whole, with no controls', () => {
    const html = renderToStaticMarkup(<LongText text={lines(50)} />);
    expect(html).toContain('line 50');
    expect(html).not.toContain('<button');
  });

  it('shows a long text’s first 200 and last 20 lines, and offers the middle in pages', () => {
    const html = renderToStaticMarkup(<LongText text={lines(50_000)} />);
    expect(html).toContain('line 200\n');
    expect(html).not.toContain('line 201\n');
    expect(html).toContain('line 49981\n');
    expect(html).not.toContain('line 49980\n');
    expect(html).toContain('line 50000');
    expect(html).toContain('49,780 lines hidden');
    expect(html).toContain('Show 200 more lines');
    expect(html).toContain('Show all');
    expect(html.length).toBeLessThan(10_000);
  });

  it('offers no "Show all" for text over a megabyte', () => {
    const html = renderToStaticMarkup(<LongText text={`${'x'.repeat(60)}\n`.repeat(20_000)} />);
    expect(html).toContain('Show 200 more lines');
    expect(html).not.toContain('Show all');
  });
});

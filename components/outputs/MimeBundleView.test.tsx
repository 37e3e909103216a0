import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderSettled } from '../../testing/renderSettled';
import { TABLE_MIME } from '@/lib/outputs/mime';
import { MimeBundleView } from './MimeBundleView';

const render = (data: Record<string, unknown>) => renderToStaticMarkup(<MimeBundleView data={data} />);

describe('MimeBundleView with standard types from other notebooks', () => {
  it('shows SVG in an <img> from a data: URL, so none of its markup enters the page', () => {
    const html = render({ 'image/svg+xml': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' });
    expect(html).toMatch(/^<img [^>]*src="data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    expect(html).not.toContain('<svg');
    expect(html).not.toContain('<script');
  });

  it('typesets text/latex and shows application/json as a tree', async () => {
    expect(await renderSettled(<MimeBundleView data={{ 'text/latex': '$$x^2$$', 'text/plain': 'x**2' }} />)).toContain('katex-display');
    expect(render({ 'application/json': { a: 1 }, 'text/plain': '<JSON>' })).toContain('aria-label="JSON output"');
  });

  it('still shows HTML only as source, and our own view before the HTML twin written for other tools', () => {
    expect(render({ 'text/html': '<b>bold</b>' })).toContain('&lt;b&gt;bold&lt;/b&gt;');
    const ours = render({
      [TABLE_MIME]: { columns: ['a'], rows: [['x']], totalRows: 1 },
      'text/html': '<table><tr><td>twin</td></tr></table>',
    });
    expect(ours).not.toContain('twin');
    expect(ours).toContain('<table');
  });
});

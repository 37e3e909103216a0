import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderSettled } from '../../testing/renderSettled';
import { LazyMarkdownView } from './LazyMarkdownView';

describe('LazyMarkdownView', () => {
  it('shows the source as plain text until the cell comes near the viewport', () => {
    const html = renderToStaticMarkup(<LazyMarkdownView source={'# Title\n\nSome *words*.'} />);
    expect(html).toContain('# Title');
    expect(html).toContain('Some *words*.');
    expect(html).not.toContain('<h1');
  });

  it('renders at once when eager (once the Markdown renderer has loaded)', async () => {
    const html = await renderSettled(<LazyMarkdownView source={'# Title\n\nSome *words*.'} eager />);
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<em>words</em>');
  });

  it('keeps the source inert while it waits: markup in it is text, not elements', () => {
    const html = renderToStaticMarkup(<LazyMarkdownView source={'<img src=x onerror=alert(1)>'} />);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });
});

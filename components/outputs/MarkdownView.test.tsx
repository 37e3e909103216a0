import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TOO_DEEP_NOTE } from './markdownDepth';
import { MarkdownView } from './MarkdownView';

const render = (source: string) => renderToStaticMarkup(<MarkdownView source={source} />);

describe('MarkdownView', () => {
  it('renders Markdown with GitHub tables', () => {
    const html = render('# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<td>1</td>');
  });

  it('never renders a script tag from the source', () => {
    const html = render('before\n\n<script>alert(1)</script>\n\nafter');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('after');
  });

  it('drops raw HTML, so event handlers like onerror never reach the page', () => {
    const html = render('<img src=x onerror=alert(1)>\n\n<a href="#" onclick="alert(1)">x</a>');
    expect(html).not.toMatch(/onerror|onclick/i);
  });

  it('removes javascript: URLs from links', () => {
    const html = render('[click](javascript:alert(1)) [data](data:text/html,<script>alert(1)</script>)');
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/href="data:/i);
    expect(html).toContain('click');
  });

  it('opens external links in a new tab without giving it access to this one', () => {
    const html = render('[tfjs](https://js.tensorflow.org) [here](#section)');
    expect(html).toContain('<a href="https://js.tensorflow.org" target="_blank" rel="noopener noreferrer">tfjs</a>');
    expect(html).toContain('<a href="#section">here</a>');
  });

  it('renders inline math with KaTeX', () => {
    const html = render('Energy $x^2$ here');
    expect(html).toContain('class="katex"');
    expect(html).toContain('<annotation encoding="application/x-tex">x^2</annotation>');
  });

  it('renders $$ blocks as display math', () => {
    expect(render('$$\n\\frac{a}{b}\n$$')).toContain('class="katex-display"');
  });

  it('shows a KaTeX error instead of failing on bad math', () => {
    expect(render('$\\frac{a$')).toContain('katex-error');
  });

  it('does not fetch images from other origins', () => {
    const html = render('![tracker](https://evil.example/pixel.png) ![local](/datasets/iris.png)');
    expect(html).not.toMatch(/(src|href)="https:\/\/evil/);
    expect(html).toContain('[image: tracker]');
    expect(html).toContain('<img src="/datasets/iris.png" alt="local"/>');
  });

  it('shows inline base64 images and Jupyter attachments, but not inline SVG', () => {
    const html = renderToStaticMarkup(
      <MarkdownView
        source={'![a](attachment:plot.png) ![b](data:image/png;base64,iVBO) ![c](data:image/svg+xml;base64,PHN2Zz4=)'}
        attachments={{ 'plot.png': { 'image/png': 'AAAA' } }}
      />,
    );
    expect(html).toContain('<img src="data:image/png;base64,AAAA" alt="a"/>');
    expect(html).toContain('<img src="data:image/png;base64,iVBO" alt="b"/>');
    expect(html).not.toContain('svg+xml');
    expect(html).toContain('[image: c]');
  });

  it('treats attachment names like constructor and __proto__ as names, not Object members', () => {
    const html = renderToStaticMarkup(
      <MarkdownView
        source={'![a](attachment:constructor) ![b](attachment:__proto__) ![c](attachment:toString)'}
        attachments={{ 'plot.png': { 'image/png': 'AAAA' } }}
      />,
    );
    expect(html).toContain('[image: a]');
    expect(html).toContain('[image: b]');
    expect(html).toContain('[image: c]');
  });

  describe('nested too deeply to render', () => {
    const escapedNote = TOO_DEEP_NOTE.replace(/'/g, '&#x27;');

    it('shows 2,000 nested blockquotes as plain text with a note, instead of overflowing the stack', () => {
      const source = `${'>'.repeat(2000)} deep`;
      const html = render(source);
      expect(html).toContain(escapedNote);
      expect(html).toContain(`${'&gt;'.repeat(2000)} deep</pre>`);
      expect(html).not.toContain('<blockquote');
    });

    it('shows 2,000 list markers on one line as plain text', () => {
      expect(render(`${'- '.repeat(2000)}x`)).toContain(escapedNote);
    });

    it('shows emphasis nested past the tree limit as plain text', () => {
      const source = `${'*a '.repeat(200)}x${' b*'.repeat(200)}`;
      const html = render(source);
      expect(html).toContain(escapedNote);
      expect(html).not.toContain('<em><em>');
    });

    it('still renders ordinary nested quotes and lists', () => {
      const html = render('> quoted\n>\n> > twice\n\n- a\n  - b\n    - c');
      expect(html).not.toContain(escapedNote);
      expect(html.match(/<blockquote>/g)).toHaveLength(2);
      expect(html.match(/<ul>/g)).toHaveLength(3);
    });
  });
});

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LatexView } from './LatexView';

const render = (source: string) => renderToStaticMarkup(<LatexView source={source} />);

describe('LatexView', () => {
  it('typesets display math with KaTeX, with MathML for screen readers', () => {
    const html = render('$$\\frac{1}{2}$$');
    expect(html).toContain('katex-display');
    expect(html).toContain('<mfrac>');
  });

  it('keeps prose as text between inline formulas', () => {
    const html = render('Loss <b>is</b> $x^2$');
    expect(html).toContain('<span>Loss &lt;b&gt;is&lt;/b&gt; </span>');
    expect(html).not.toContain('katex-display');
    expect(html).toContain('class="katex"');
  });

  it('shows a formula KaTeX cannot read as its source instead of failing', () => {
    expect(render('$$\\notacommand{x}$$')).toContain('\\notacommand');
  });

  it('does not let LaTeX inject links or markup', () => {
    const html = render('$$\\href{javascript:alert(1)}{x} \\htmlClass{evil}{y}$$');
    // The source stays in KaTeX's <annotation> as text; what matters is that no link or class came of it.
    expect(html).not.toMatch(/<a |href=/);
    expect(html).not.toContain('class="evil"');
    expect(html).toContain('\\href</span>');
  });
});

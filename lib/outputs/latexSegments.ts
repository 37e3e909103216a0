/**
 * Splits a `text/latex` output into prose and math, as Jupyter's MathJax typesetting reads it:
 * `$$…$$` and `\[…\]` are display math, `$…$` and `\(…\)` inline math, the rest is text. Output
 * with no delimiters at all (a bare `\begin{align}…`) is one display formula. Pure, so the
 * renderer only typesets.
 */

/** One piece of a LaTeX output. */
export type LatexSegment = { kind: 'text'; text: string } | { kind: 'math'; tex: string; display: boolean };

const MATH = /\$\$([\s\S]+?)\$\$|\\\[([\s\S]+?)\\\]|\\\(([\s\S]+?)\\\)|\$((?:\\\$|[^$])+?)\$/g;

export function latexSegments(source: string): LatexSegment[] {
  const segments: LatexSegment[] = [];
  let last = 0;
  for (const match of source.matchAll(MATH)) {
    const index = match.index ?? 0;
    if (index > last) segments.push({ kind: 'text', text: source.slice(last, index) });
    const [, displayDollars, displayBrackets, inlineParens, inlineDollar] = match;
    const display = displayDollars !== undefined || displayBrackets !== undefined;
    segments.push({ kind: 'math', tex: (displayDollars ?? displayBrackets ?? inlineParens ?? inlineDollar).trim(), display });
    last = index + match[0].length;
  }
  if (segments.length === 0) return source.trim() === '' ? [] : [{ kind: 'math', tex: source.trim(), display: true }];
  if (last < source.length) segments.push({ kind: 'text', text: source.slice(last) });
  return segments.filter((s) => s.kind === 'math' || s.text.trim() !== '');
}

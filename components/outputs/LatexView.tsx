'use client';
/**
 * A `text/latex` output (SymPy, IPython.display.Math), typeset with KaTeX as Jupyter typesets it
 * with MathJax. KaTeX builds the markup itself from the TeX, with `trust: false` (no \href, no
 * \htmlClass) and limits on macro expansion and sizes, so a notebook's LaTeX can't inject HTML;
 * a formula KaTeX can't read shows its source in red instead of failing the output.
 */
import 'katex/dist/katex.min.css';
import katex from 'katex';
import { useMemo } from 'react';
import { latexSegments } from '@/lib/outputs/latexSegments';
import styles from './LatexView.module.css';

const KATEX_OPTIONS = { throwOnError: false, strict: 'ignore', trust: false, maxExpand: 1000, maxSize: 100 } as const;

export function LatexView({ source }: { source: string }) {
  const segments = useMemo(
    () =>
      latexSegments(source).map((segment) =>
        segment.kind === 'text'
          ? segment
          : { ...segment, html: katex.renderToString(segment.tex, { ...KATEX_OPTIONS, displayMode: segment.display }) },
      ),
    [source],
  );
  return (
    <div className={styles.latex} data-testid="latex-output">
      {segments.map((segment, i) =>
        segment.kind === 'text' ? <span key={i}>{segment.text}</span> : <span key={i} dangerouslySetInnerHTML={{ __html: segment.html }} />,
      )}
    </div>
  );
}

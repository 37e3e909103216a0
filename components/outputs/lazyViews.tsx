'use client';
/**
 * The output views that bring a large library with them, loaded the first time an output needs
 * one: the Markdown pipeline with KaTeX (Markdown cells and outputs), KaTeX alone (text/latex) and
 * recharts (scatter plots, histograms). Bundled with the notebook page they made its one start-up
 * task compile and run all of them, whatever the notebook shows; as their own chunks each loads
 * in a task of its own, and only when used. Until one has loaded, its output shows the text it
 * will render (Markdown, LaTeX) or a space of the chart's height, so the page does not jump.
 */
import { lazy, memo, Suspense, type ComponentProps, type Ref } from 'react';
import { CHART_HEIGHT } from './chartTheme';
import markdownStyles from './MarkdownView.module.css';

let markdownModule: Promise<typeof import('./MarkdownView')> | null = null;
/** Loads the Markdown renderer (once); resolves when it is ready to render without suspending. */
export const loadMarkdownView = () => (markdownModule ??= import('./MarkdownView'));
const LazyMarkdown = lazy(() => loadMarkdownView().then((m) => ({ default: m.MarkdownView })));
const LazyLatex = lazy(() => import('./LatexView').then((m) => ({ default: m.LatexView })));
const LazyHistogram = lazy(() => import('./HistogramView').then((m) => ({ default: m.HistogramView })));
const LazyScatter = lazy(() => import('./ScatterFigure').then((m) => ({ default: m.ScatterFigure })));

/** Markdown's source as plain text in the rendered text's typeface: what shows until the renderer is there. */
export function PendingMarkdown({ source, ref }: { source: string; ref?: Ref<HTMLDivElement> }) {
  return (
    <div ref={ref} className={`${markdownStyles.markdown} ${markdownStyles.pendingSource}`} data-markdown-pending="">
      {source}
    </div>
  );
}

function PendingChart() {
  return <div style={{ height: CHART_HEIGHT }} aria-busy="true" />;
}

/**
 * Memoised: the Markdown is parsed again only when its source or attachments change. Moving the
 * selection onto or off a Markdown cell re-renders the cell, and parsing a long introduction
 * again was most of a key press's handler.
 */
export const MarkdownView = memo(function MarkdownView(props: ComponentProps<typeof LazyMarkdown>) {
  return (
    <Suspense fallback={<PendingMarkdown source={props.source} />}>
      <LazyMarkdown {...props} />
    </Suspense>
  );
});

export function LatexView(props: ComponentProps<typeof LazyLatex>) {
  return (
    <Suspense fallback={<div className={markdownStyles.pendingSource}>{props.source}</div>}>
      <LazyLatex {...props} />
    </Suspense>
  );
}

export function HistogramView(props: ComponentProps<typeof LazyHistogram>) {
  return (
    <Suspense fallback={<PendingChart />}>
      <LazyHistogram {...props} />
    </Suspense>
  );
}

export function ScatterFigure(props: ComponentProps<typeof LazyScatter>) {
  return (
    <Suspense fallback={<PendingChart />}>
      <LazyScatter {...props} />
    </Suspense>
  );
}

'use client';
/**
 * A Markdown cell's rendering, parsed only when it is needed: when the cell comes near the
 * viewport, or at once when `eager` (the cell the user is working on). Until then the source shows
 * as plain text in the same typeface, about as tall as the rendered Markdown, so the page barely
 * moves when it renders, and the browser's find still finds the cell's words. Parsing Markdown,
 * math included, is the costly part of a cell; a notebook of thousands of them would otherwise
 * parse them all as it opens. Once rendered it stays rendered.
 */
import { useEffect, useRef, useState } from 'react';
import type { MimeBundle } from '@/lib/notebook/types';
import { whenNearViewport } from '../editor/nearViewport';
import { loadMarkdownView, MarkdownView, PendingMarkdown } from './lazyViews';

export interface LazyMarkdownViewProps {
  source: string;
  attachments?: Record<string, MimeBundle>;
  /** Render now, whether or not it is in view. */
  eager?: boolean;
}

export function LazyMarkdownView({ source, attachments, eager = false }: LazyMarkdownViewProps) {
  const [near, setNear] = useState(false);
  const standIn = useRef<HTMLDivElement>(null);
  const wanted = near || eager;

  useEffect(() => {
    const el = standIn.current;
    if (wanted || !el) return;
    let cancelled = false;
    let stopWaiting = () => {};
    // The renderer first, then the turn near the viewport: the cells already near then render one
    // per task, in turn, rather than all in the task where the renderer arrives. If it cannot
    // load, the cell renders anyway, so its error boundary says why.
    loadMarkdownView().then(
      () => {
        if (!cancelled) stopWaiting = whenNearViewport(el, () => setNear(true));
      },
      () => {
        if (!cancelled) setNear(true);
      },
    );
    return () => {
      cancelled = true;
      stopWaiting();
    };
  }, [wanted]);

  if (wanted) return <MarkdownView source={source} attachments={attachments} />;
  return <PendingMarkdown ref={standIn} source={source} />;
}

/**
 * Renders a React element to HTML once every Suspense boundary in it has settled, for views that
 * load part of themselves lazily (components/outputs/lazyViews.tsx): renderToStaticMarkup would
 * return their fallbacks.
 */
import type { ReactNode } from 'react';
import { prerender } from 'react-dom/static';

export async function renderSettled(element: ReactNode): Promise<string> {
  const { prelude } = await prerender(element);
  return new Response(prelude).text();
}

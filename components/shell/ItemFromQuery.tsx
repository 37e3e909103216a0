'use client';
/**
 * The static export's pages that take an id (/notebook/?id=…, see lib/routes/appRoutes.ts):
 * reads the id from the query string and renders the page for it. The id is known only in the
 * browser, so the prerendered file holds the page without it.
 */
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Suspense, useEffect, type ReactNode } from 'react';

/** What a query-string page needs: what its id names (for messages) and how to render one. */
export interface ItemFromQueryProps {
  /** "notebook", "job", "model": used in the message for a link without an id. */
  noun: string;
  /** The browser tab's title for an id. */
  title?: (id: string) => string;
  children: (id: string) => ReactNode;
}

function Item({ noun, title, children }: ItemFromQueryProps) {
  const id = useSearchParams().get('id');
  useEffect(() => {
    if (id && title) document.title = title(id);
  }, [id, title]);
  if (!id) {
    return (
      <p role="alert">
        This link names no {noun} (it needs <code>?id=</code>); it may have been cut short. <Link href="/">Back to notebooks</Link>
      </p>
    );
  }
  // Keyed by id: moving to another item starts a fresh page, as a path change does on the server.
  return (
    <div key={id} style={{ display: 'contents' }}>
      {children(id)}
    </div>
  );
}

export function ItemFromQuery(props: ItemFromQueryProps) {
  // useSearchParams needs a Suspense boundary in a prerendered page.
  return (
    <Suspense fallback={null}>
      <Item {...props} />
    </Suspense>
  );
}

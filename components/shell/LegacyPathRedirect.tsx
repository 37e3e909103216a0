'use client';
/**
 * In the static export, a link in the Node server's form (/notebooks/<id>, a bookmark or an
 * old share of a job page) lands on the host's 404 page, which is ours (404.html): forward it
 * to the static page for that id. The service worker does the same once it controls the site.
 */
import { useEffect } from 'react';
import { BUILD, staticPathForLegacy } from '../../lib/routes/appRoutes';

export function LegacyPathRedirect() {
  useEffect(() => {
    if (!BUILD.static) return;
    const target = staticPathForLegacy(window.location.pathname, window.location.search, window.location.hash);
    if (target) window.location.replace(target);
  }, []);
  return null;
}

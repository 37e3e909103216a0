'use client';
/**
 * The static export's service worker, seen from the page: it registers the worker (see
 * registerServiceWorker.ts) and shows a banner when a new version waits for a reload, or when
 * the page could not be made cross-origin isolated (the cluster then exchanges gradients by
 * messages, which works, only slower).
 */
import { useEffect, useState } from 'react';
import { registerServiceWorker, type OfflineState } from './registerServiceWorker';
import styles from './OfflineSupport.module.css';

export function OfflineSupport() {
  const [state, setState] = useState<OfflineState>({ kind: 'ready' });
  useEffect(() => registerServiceWorker(setState), []);

  if (state.kind === 'update') {
    return (
      <div className={`sb-banner ${styles.banner}`} role="status" data-offline="update">
        A new version of Sparkbook is available.{' '}
        <button type="button" className="sb-button" onClick={state.apply}>
          Reload
        </button>
      </div>
    );
  }
  if (state.kind === 'not-isolated') {
    return (
      <div className={`sb-banner ${styles.banner}`} role="status" data-offline="not-isolated">
        This page is not cross-origin isolated: {state.reason}. Notebooks run, but the cluster&apos;s workers exchange gradients by messages
        instead of shared memory (slower), and Sparkbook will not open offline. Use a normal window of a Chromium-based browser, over https
        or on localhost.
      </div>
    );
  }
  return null;
}

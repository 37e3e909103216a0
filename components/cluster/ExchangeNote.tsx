'use client';
/**
 * Says how the workers exchange gradients on this page: in shared memory among themselves
 * (the fast path), or through the kernel by messages when the page is not cross-origin
 * isolated and browsers withhold SharedArrayBuffer.
 */
import { useEffect, useState } from 'react';
import styles from './WorkersPanel.module.css';

export function ExchangeNote() {
  // Read after mount: the server render has no window to ask.
  const [isolated, setIsolated] = useState<boolean | null>(null);
  useEffect(() => setIsolated(typeof SharedArrayBuffer !== 'undefined' && window.crossOriginIsolated === true), []);
  if (isolated === null) return null;
  return isolated ? (
    <p className={styles.exchange} data-exchange="shared-memory">
      Gradients: all-reduce in shared memory among the workers.
    </p>
  ) : (
    <p className={styles.exchange} data-exchange="messages" role="note">
      Gradients: messages through the kernel. This page is not cross-origin isolated, so workers can&apos;t share memory and extra workers
      speed training up less. Serve it with the COOP/COEP headers (as <code>npm start</code> does) for the fast path.
    </p>
  );
}

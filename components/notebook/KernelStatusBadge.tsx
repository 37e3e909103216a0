'use client';
import type { KernelStatus } from '../../lib/state/notebookSession';
import styles from './Notebook.module.css';

/** "Kernel idle · wasm": the state and the TensorFlow.js backend, announced politely to screen readers. */
export function KernelStatusBadge({ status, runnable, language }: { status: KernelStatus; runnable: boolean; language: string }) {
  const text = runnable ? `Kernel ${status.state} · ${status.backend}` : `No kernel (${language} is read-only)`;
  return (
    <div role="status" aria-label="Kernel status" className={styles.kernelStatus} title={status.note || text} data-state={status.state}>
      <span className={styles.kernelDot} aria-hidden="true" />
      {text}
    </div>
  );
}

'use client';
import type { SaveStatus } from '../../lib/state/autosave';
import styles from './Notebook.module.css';

const TEXT = { saving: 'Saving…', saved: 'Saved in this browser' } as const;

/** Whether the latest change is in IndexedDB yet; a refused save says why, so nothing is lost unknowingly. */
export function SaveStatusBadge({ status }: { status: SaveStatus }) {
  const text = status.state === 'failed' ? `Not saved: ${status.message}. Export .ipynb to keep a copy.` : TEXT[status.state];
  return (
    <div role="status" aria-label="Save status" className={styles.saveStatus} data-state={status.state}>
      {text}
    </div>
  );
}

'use client';
/** What the notebook page shows instead of the notebook while it opens, or when it can't be opened. */
import Link from 'next/link';
import type { NotebookLoad } from './useNotebookSession';
import styles from './Notebook.module.css';

export function NotebookLoadMessage({ load }: { load: NotebookLoad }) {
  if (load.state === 'loading') return <p className={styles.message}>Opening notebook…</p>;
  if (load.state === 'missing')
    return (
      <div className={styles.message} role="alert">
        This notebook doesn&apos;t exist in this browser (it may have been deleted, or created in another browser).{' '}
        <Link href="/">Back to notebooks</Link>
      </div>
    );
  return (
    <div className={styles.message} role="alert">
      Could not open this notebook: {load.message}. <Link href="/">Back to notebooks</Link>
    </div>
  );
}

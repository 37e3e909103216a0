'use client';
/** "My notebooks": each of the user's notebooks with its size, when it was edited, and Delete. */
import Link from 'next/link';
import type { NotebookSummary } from '../../lib/persistence';
import { notebookHref } from '../../lib/routes/appRoutes';
import styles from './Gallery.module.css';

function formatWhen(t: number) {
  return new Date(t).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export interface MyNotebookListProps {
  /** Null while they are being read. */
  notebooks: NotebookSummary[] | null;
  onDelete(id: NotebookSummary['id'], title: string): void;
}

export function MyNotebookList({ notebooks, onDelete }: MyNotebookListProps) {
  return (
    <section aria-labelledby="my-notebooks">
      <h2 id="my-notebooks">My notebooks</h2>
      {notebooks === null ? (
        <p className={styles.muted}>Loading…</p>
      ) : notebooks.length === 0 ? (
        <p className={styles.muted}>No notebooks yet. Create one, import a .ipynb file, or drop it anywhere on this page.</p>
      ) : (
        <ul className={styles.list} aria-label="My notebooks">
          {notebooks.map((nb) => (
            <li key={nb.id} className={styles.item}>
              <Link href={notebookHref(nb.id)} className={styles.title}>
                {nb.title || 'Untitled'}
              </Link>
              <span className={styles.muted}>
                {nb.cellCount} cell{nb.cellCount === 1 ? '' : 's'} · edited {formatWhen(nb.updatedAt)}
              </span>
              <button className="sb-button sb-button-ghost" aria-label={`Delete ${nb.title}`} onClick={() => onDelete(nb.id, nb.title)}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

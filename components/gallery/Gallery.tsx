'use client';
/**
 * The home page: example notebooks (public/notebooks/index.json) and the user's own, with
 * New, Import (file picker or drag and drop) and Delete. Import is all-or-nothing: a file that
 * fails to parse leaves the store untouched and explains itself in an alert.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import Link from 'next/link';
import { createNotebook } from '../../lib/notebook/transitions';
import type { NotebookSummary } from '../../lib/persistence';
import { browserDraftMirror } from '../../lib/persistence/draftMirror';
import { notebookStore } from '../../lib/state/browserStores';
import { importInWorker } from './importInWorker';
import { ExampleList } from './ExampleList';
import styles from './Gallery.module.css';
import { notebookHref } from '../../lib/routes/appRoutes';

function formatWhen(t: number) {
  return new Date(t).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function Gallery() {
  const router = useRouter();
  const [notebooks, setNotebooks] = useState<NotebookSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => {
    try {
      setNotebooks(await notebookStore().list());
    } catch (e) {
      setError(`Could not read your notebooks from this browser's storage: ${(e as Error).message}`);
      setNotebooks([]);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function createNew() {
    const nb = createNotebook({ now: Date.now() });
    await notebookStore().put(nb);
    router.push(notebookHref(nb.id));
  }

  async function importFiles(files: FileList | File[]) {
    setError(null);
    const file = [...files][0];
    if (!file) return;
    try {
      const notebookId = await importInWorker(file);
      router.push(notebookHref(notebookId));
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function remove(id: string, title: string) {
    if (!window.confirm(`Delete “${title}”? This can't be undone.`)) return;
    await notebookStore().delete(id as NotebookSummary['id']);
    // An unsaved-edits draft of a deleted notebook would otherwise sit in localStorage for good.
    browserDraftMirror()?.clear(id as NotebookSummary['id']);
    await refresh();
  }

  return (
    <div
      className={`${styles.page} ${dragging ? styles.dragging : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void importFiles(e.dataTransfer.files);
      }}
    >
      <div className={styles.hero}>
        <div>
          <h1>Notebooks</h1>
          <p>Define, train and evaluate neural networks with TensorFlow.js — in your browser, on a cluster of Web Workers.</p>
        </div>
        <div className={styles.actions}>
          <button className="sb-button" onClick={() => void createNew()}>
            New notebook
          </button>
          <button className="sb-button sb-button-secondary" onClick={() => fileInput.current?.click()}>
            Import notebook
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".ipynb,application/x-ipynb+json,application/json"
            className="visually-hidden"
            aria-label="Notebook file to import"
            data-testid="import-input"
            onChange={(e) => {
              if (e.target.files) void importFiles(e.target.files);
              e.target.value = '';
            }}
          />
        </div>
      </div>
      {error && (
        <div role="alert" className="sb-alert">
          {error}
        </div>
      )}
      <ExampleList />
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
                <button className="sb-button sb-button-ghost" aria-label={`Delete ${nb.title}`} onClick={() => void remove(nb.id, nb.title)}>
                  Delete
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className={styles.dropHint} aria-hidden="true">
        Drop a .ipynb file anywhere to import it
      </p>
    </div>
  );
}

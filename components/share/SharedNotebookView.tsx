'use client';
/**
 * /shared#nb=…: opens the notebook a share link carries.
 *
 * Design: the fragment is read here, in the browser (it never reaches the server), parsed, and
 * put in an in-memory store that the ordinary notebook page then opens. So the reader gets the
 * real notebook UI — read, edit, run cells if they choose — while nothing is written to their
 * IndexedDB until they press "Save a copy" (SharedBanner), and a link opened out of curiosity
 * leaves no trace in My notebooks. The page's session only starts an idle kernel: like any
 * notebook, nothing runs until the reader runs it. (The alternative, saving to IndexedDB at once
 * and redirecting, would list every opened link as the reader's notebook.)
 */
import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import { createMemoryNotebookStore } from '../../lib/persistence';
import { readSharedNotebook } from '../../lib/share/shareLink';
import type { Notebook } from '../../lib/notebook/types';
import { NotebookPage } from '../notebook/NotebookPage';
import { SharedBanner } from './SharedBanner';
import styles from '../notebook/Notebook.module.css';

type Opened = { state: 'reading' } | { state: 'ready'; notebook: Notebook } | { state: 'error'; message: string };

function open(hash: string): Opened {
  try {
    return { state: 'ready', notebook: readSharedNotebook(hash) };
  } catch (e) {
    return { state: 'error', message: (e as Error).message };
  }
}

export function SharedNotebookView() {
  const [opened, setOpened] = useState<Opened>({ state: 'reading' });

  useEffect(() => {
    // Read after mount (the server never sees the fragment), and again if another link is pasted into this tab.
    const read = () => setOpened(open(window.location.hash));
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  const notebook = opened.state === 'ready' ? opened.notebook : null;
  const store = useMemo(() => createMemoryNotebookStore(new Map(notebook ? [[notebook.id, notebook]] : [])), [notebook]);

  if (opened.state === 'reading') return <p className={styles.message}>Opening the shared notebook…</p>;
  if (opened.state === 'error') {
    return (
      <div className={styles.message} role="alert">
        <strong>This shared notebook can’t be opened.</strong> {opened.message} <Link href="/">Back to notebooks</Link>
      </div>
    );
  }
  return (
    <NotebookPage key={opened.notebook.id} id={opened.notebook.id} store={store} banner={(session) => <SharedBanner session={session} />} />
  );
}

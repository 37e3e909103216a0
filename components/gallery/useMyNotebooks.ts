'use client';
/**
 * The user's own notebooks, from this browser's storage, and what the home page does with them:
 * New, Import (all-or-nothing: a file that fails to parse leaves the store untouched and its
 * reason becomes `error`) and Delete.
 */
import { useCallback, useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { createNotebook } from '../../lib/notebook/transitions';
import type { NotebookSummary } from '../../lib/persistence';
import { browserDraftMirror } from '../../lib/persistence/draftMirror';
import { notebookStore } from '../../lib/state/browserStores';
import { notebookHref } from '../../lib/routes/appRoutes';
import { importInWorker } from './importInWorker';

export function useMyNotebooks() {
  const router = useRouter();
  const [notebooks, setNotebooks] = useState<NotebookSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

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

  async function remove(id: NotebookSummary['id'], title: string) {
    if (!window.confirm(`Delete “${title}”? This can't be undone.`)) return;
    await notebookStore().delete(id);
    // An unsaved-edits draft of a deleted notebook would otherwise sit in localStorage for good.
    browserDraftMirror()?.clear(id);
    await refresh();
  }

  return { notebooks, error, createNew, importFiles, remove };
}

'use client';
/**
 * The banner over a notebook opened from a share link: it has not run here, its outputs are the
 * sender's, and it lives only in this tab until "Save a copy" keeps it in My notebooks.
 */
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import type { NotebookSession } from '../../lib/state/notebookSession';
import { notebookStore } from '../../lib/state/browserStores';
import { useSession } from '../notebook/useNotebookSession';
import styles from './Share.module.css';
import { notebookHref } from '../../lib/routes/appRoutes';

export function SharedBanner({ session }: { session: NotebookSession }) {
  const router = useRouter();
  const hasRun = useSession(session, (s) => s.executionCounter > 0);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function saveCopy() {
    const nb = session.getState().notebook;
    if (!nb) return;
    setSaving(true);
    setError(null);
    try {
      const now = Date.now();
      // The id is already fresh (readSharedNotebook gives every opening a new one) and jobs run
      // here were recorded under it, so the copy keeps it and its Job history links work.
      // It keeps its trust too: untrusted unless the reader has trusted it here.
      const copy = { ...nb, origin: 'shared' as const, trusted: nb.trusted ?? false, createdAt: now, updatedAt: now };
      await notebookStore().put(copy);
      router.push(notebookHref(copy.id));
    } catch (e) {
      setSaving(false);
      setError(`Could not save the copy in this browser's storage: ${(e as Error).message}`);
    }
  }

  return (
    <div className={`sb-banner ${styles.banner}`} role="region" aria-label="Shared notebook">
      <div className={styles.bannerText}>
        <strong>{hasRun ? 'Shared notebook — not saved' : 'Shared notebook — not run yet'}</strong>
        <p>
          {hasRun
            ? 'You have run cells of a notebook someone shared. It is kept only in this tab: save a copy to keep it and your results.'
            : 'Someone shared this notebook with you. Nothing in it has run in your browser; the outputs below are the ones it was shared with.'}
        </p>
        {error && (
          <p role="alert" className="sb-alert">
            {error}
          </p>
        )}
      </div>
      <button className="sb-button" onClick={() => void saveCopy()} disabled={saving}>
        {saving ? 'Saving…' : 'Save a copy'}
      </button>
    </div>
  );
}

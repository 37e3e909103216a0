'use client';
/**
 * What the importer said about the notebook's file (a newer nbformat minor version, and what it
 * changed to open it), over the notebook until the reader dismisses it, as Jupyter warns when it
 * opens such a file.
 */
import { memo } from 'react';
import type { NotebookSession } from '../../lib/state/notebookSession';
import styles from './ImportNotesBanner.module.css';
import { useSession } from './useNotebookSession';

export function ImportNotesView({ notes, onDismiss }: { notes: string[]; onDismiss(): void }) {
  const [headline, ...changes] = notes;
  return (
    <div className={`sb-banner ${styles.banner}`} role="region" aria-label="Notes on the imported file">
      <div className={styles.text}>
        <strong>Newer notebook format</strong>
        <p>{headline}</p>
        {changes.length > 0 && (
          <ul className={styles.changes}>
            {changes.map((change, i) => (
              <li key={i}>{change}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="sb-button sb-button-secondary" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

export const ImportNotesBanner = memo(function ImportNotesBanner({ session }: { session: NotebookSession }) {
  const notes = useSession(session, (s) => s.notebook?.importNotes);
  if (!notes || notes.length === 0) return null;
  return <ImportNotesView notes={notes} onDismiss={() => session.getState().dispatch({ type: 'dismiss-import-notes' })} />;
});

'use client';
/**
 * The notes above the cells: edits restored from a draft, a notebook in a language Sparkbook
 * can't run (read-only code), and what the kernel says about its TensorFlow.js backend.
 */
import { memo } from 'react';
import type { Notebook } from '../../lib/notebook/types';
import type { KernelStatus } from '../../lib/state/notebookSession';
import styles from './Notebook.module.css';

export interface NotebookNotesProps {
  notebook: Notebook;
  kernel: KernelStatus;
  runnable: boolean;
  recoveredDraft: boolean;
}

export const NotebookNotes = memo(function NotebookNotes({ notebook, kernel, runnable, recoveredDraft }: NotebookNotesProps) {
  return (
    <>
      {recoveredDraft && (
        <div className="sb-banner" role="status">
          Restored edits that had not been saved when this page was last closed.
        </div>
      )}
      {!runnable && (
        <div className="sb-banner" role="note">
          This notebook is written in <strong>{notebook.language}</strong>. Sparkbook runs TypeScript and JavaScript, so its code is shown
          read-only; its Markdown and saved outputs appear as they were saved.
        </div>
      )}
      {kernel.note && runnable && <p className={styles.backendNote}>{kernel.note}</p>}
    </>
  );
});

'use client';
import { memo } from 'react';
import type { Notebook } from '../../lib/notebook/types';
import type { KernelStatus } from '../../lib/state/notebookSession';
import { ShareButton } from '../share/ShareButton';
import type { SaveStatus } from '../../lib/state/autosave';
import { KernelStatusBadge } from './KernelStatusBadge';
import { BackendMenu } from './BackendMenu';
import { backendChoiceOf } from '../../lib/notebook/backendMetadata';
import type { BackendChoice } from '../../lib/cluster/backendChoice';
import { SaveStatusBadge } from './SaveStatusBadge';
import styles from './Notebook.module.css';

export interface ToolbarActions {
  rename(title: string): void;
  runAll(): void;
  interrupt(): void;
  restart(): void;
  addCell(type: 'code' | 'markdown'): void;
  clearAll(): void;
  exportIpynb(): void;
  /** The notebook's backend (kernel and executors), from the menu beside the kernel status. */
  setBackend(backend: BackendChoice): void;
  /** Opens the keyboard shortcuts dialog (also H in command mode). */
  showShortcuts(): void;
}

/** Title, notebook-wide actions, whether the notebook is saved, and the kernel status. */
export const NotebookToolbar = memo(function NotebookToolbar({
  notebook,
  kernel,
  save,
  runnable,
  actions,
}: {
  notebook: Notebook;
  kernel: KernelStatus;
  /** Null for a notebook not kept in this browser (a shared link). */
  save: SaveStatus | null;
  runnable: boolean;
  actions: ToolbarActions;
}) {
  const busy = kernel.state === 'busy';
  return (
    <div className={styles.toolbarWrap}>
      <div className={styles.titleRow}>
        <input
          className={styles.title}
          aria-label="Notebook title"
          value={notebook.title}
          onChange={(e) => actions.rename(e.target.value)}
          spellCheck={false}
        />
        {save && <SaveStatusBadge status={save} />}
        <KernelStatusBadge status={kernel} runnable={runnable} language={notebook.language} />
        {runnable && (
          <BackendMenu choice={backendChoiceOf(notebook)} detected={kernel.detected ?? []} disabled={busy} onChoose={actions.setBackend} />
        )}
      </div>
      <div className={styles.toolbar} role="toolbar" aria-label="Notebook actions">
        <button className="sb-button" onClick={actions.runAll} disabled={!runnable}>
          <span aria-hidden="true">▶</span> Run all
        </button>
        <button className="sb-button sb-button-ghost" onClick={actions.interrupt} disabled={!runnable || !busy}>
          <span aria-hidden="true">■</span> Interrupt
        </button>
        <button className="sb-button sb-button-ghost" onClick={actions.restart} disabled={!runnable}>
          <span aria-hidden="true">↻</span> Restart kernel
        </button>
        <span className={styles.separator} aria-hidden="true" />
        <button className="sb-button sb-button-ghost" onClick={() => actions.addCell('code')}>
          <span aria-hidden="true">+</span> Add code cell
        </button>
        <button className="sb-button sb-button-ghost" onClick={() => actions.addCell('markdown')}>
          <span aria-hidden="true">+</span> Add markdown cell
        </button>
        <button className="sb-button sb-button-ghost" onClick={actions.clearAll}>
          Clear outputs
        </button>
        <span className={styles.spacer} />
        <button className="sb-button sb-button-ghost" onClick={actions.showShortcuts} title="Keyboard shortcuts (H)">
          <span aria-hidden="true">⌨</span> Shortcuts
        </button>
        <ShareButton notebook={notebook} />
        <button className="sb-button sb-button-ghost" onClick={actions.exportIpynb}>
          <span aria-hidden="true">⤓</span> Export .ipynb
        </button>
      </div>
    </div>
  );
});

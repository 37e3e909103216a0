'use client';
/**
 * /notebooks/[id]: the notebook editor. Composes the session (store + kernel + autosave),
 * the toolbar and the cells, and owns the UI-only state: which cell is selected and which
 * Markdown cells are being edited.
 */
import Link from 'next/link';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { NotebookStore } from '../../lib/persistence';
import type { NotebookSession } from '../../lib/state/notebookSession';
import type { CellId } from '../../lib/notebook/ids';
import { newCellId } from '../../lib/notebook/ids';
import { isRunnable } from '../../lib/notebook/types';
import type { CellCallbacks } from './CellView';
import { NotebookCells } from './NotebookCells';
import { NotebookToolbar, type ToolbarActions } from './NotebookToolbar';
import { TrustGate } from './TrustGate';
import { ImportNotesBanner } from './ImportNotesBanner';
import { downloadIpynb } from './downloadIpynb';
import { useNotebookKeys, toggleOutputs } from './useNotebookKeys';
import { ShortcutsDialog } from './ShortcutsDialog';
import type { RunMode } from '../editor/notebookKeys';
import { useScrollToCellHash } from './useScrollToCellHash';
import { useNotebookSession, useSession } from './useNotebookSession';
import { WorkersPanel } from '../cluster/WorkersPanel';
import { DataPanel } from '../data/DataPanel';
import { SectionBoundary } from '../shell/SectionBoundary';
import styles from './Notebook.module.css';

/**
 * Monaco's focusable input: the EditContext element where the browser has the API (Monaco then
 * also keeps a textarea for IMEs, which must not be the one focused), else its textarea.
 */
const EDITOR_INPUT = '.monaco-editor .native-edit-context, .monaco-editor textarea.inputarea';
/**
 * Before Monaco has taken over a cell, its stand-in (SourceStandIn): the text field typed into
 * while Monaco loads, else the read-only source, whose focus asks for the editor.
 */
const STAND_IN_FIELD = '[data-editor-stand-in="field"]';
const STAND_IN = '[data-editor-stand-in="source"]';
/** A new cell renders, and its editor mounts, some frames after it is added; wait this long for them. */
const MOUNT_WAIT_MS = 3000;

function editorInput(cell: HTMLElement): HTMLElement | null {
  return cell.querySelector<HTMLElement>(STAND_IN_FIELD) ?? cell.querySelector<HTMLElement>(EDITOR_INPUT) ?? cell.querySelector<HTMLElement>(STAND_IN);
}

function focusCell(cellId: CellId, into: 'cell' | 'editor') {
  const deadline = performance.now() + MOUNT_WAIT_MS;
  let cellHoldsFocus = false;
  const retry = () => {
    if (performance.now() < deadline) requestAnimationFrame(attempt);
  };
  const attempt = () => {
    const el = document.querySelector<HTMLElement>(`[data-cell-id="${cellId}"]`);
    if (!el) return retry();
    if (into === 'editor') {
      // The editor's input exists a little before it can take focus (its container is hidden
      // until the editor is ready), so it counts only once the focus has really moved there;
      // a stand-in that takes the focus passes it on to its field, then to the editor, itself.
      const input = editorInput(el);
      input?.focus();
      const focused = document.activeElement;
      if (input && focused && focused !== el && el.contains(focused)) return;
      // Until then the cell holds the focus (command mode), then the editor takes it,
      // unless the user has moved the focus elsewhere meanwhile.
      if (!cellHoldsFocus) {
        el.focus();
        cellHoldsFocus = true;
      } else if (document.activeElement !== el) return;
      return retry();
    }
    el.focus();
  };
  requestAnimationFrame(attempt);
}

/**
 * `store` and `banner` let other routes reuse the page: /shared opens a notebook from memory
 * (components/share/SharedNotebookView.tsx) with a banner above its cells.
 */
export function NotebookPage({ id, store, banner }: { id: string; store?: NotebookStore; banner?: (session: NotebookSession) => ReactNode }) {
  const { session, cluster, manager, load, save, saveNow } = useNotebookSession(id, store);
  const notebook = useSession(session, (s) => s.notebook);
  const kernel = useSession(session, (s) => s.kernel);
  const runState = useSession(session, (s) => s.runState);
  const [selected, setSelected] = useState<CellId | null>(null);
  const [editingMarkdown, setEditingMarkdown] = useState<ReadonlySet<CellId>>(new Set());

  const setEditing = useCallback((cellId: CellId, editing: boolean) => {
    setEditingMarkdown((prev) => {
      const next = new Set(prev);
      if (editing) next.add(cellId);
      else next.delete(cellId);
      return next;
    });
  }, []);

  const insert = useCallback(
    (relativeTo: CellId | undefined, cellType: 'code' | 'markdown', position: 'above' | 'below') => {
      const cellId = newCellId();
      session.getState().dispatch({ type: 'add-cell', cellId, cellType, position, relativeTo });
      setSelected(cellId);
      if (cellType === 'markdown') setEditing(cellId, true);
      focusCell(cellId, 'editor');
    },
    [session, setEditing],
  );

  const runCell = useCallback(
    (cellId: CellId, mode: RunMode) => {
      const s = session.getState();
      const cells = s.notebook?.cells ?? [];
      const i = cells.findIndex((c) => c.id === cellId);
      if (cells[i]?.cell_type === 'markdown') setEditing(cellId, false);
      s.runCells([cellId]);
      // Waiting for the user to say whether an untrusted notebook may run: stay on this cell.
      if (session.getState().runConsent) return;
      if (mode === 'advance') {
        const next = cells[i + 1];
        if (next) {
          setSelected(next.id);
          focusCell(next.id, next.cell_type === 'code' ? 'editor' : 'cell');
        } else if (s.notebook && isRunnable(s.notebook)) insert(cellId, 'code', 'below');
      } else if (mode === 'insert-below' && s.notebook && isRunnable(s.notebook)) insert(cellId, 'code', 'below');
    },
    [session, setEditing, insert],
  );

  const callbacks: CellCallbacks = useMemo(
    () => ({
      select: (cellId) => setSelected(cellId),
      edit: (cellId, source) => session.getState().dispatch({ type: 'edit-source', cellId, source }),
      run: runCell,
      remove: (cellId) => session.getState().deleteCell(cellId),
      move: (cellId, direction) => session.getState().dispatch({ type: 'move-cell', cellId, direction }),
      insert: (cellId, type, position) => insert(cellId, type, position),
      clear: (cellId) => session.getState().dispatch({ type: 'clear-outputs', cellId }),
      leaveEditor: (cellId) => focusCell(cellId, 'cell'),
      toggleOutputs: (cellId) => toggleOutputs(session, cellId),
    }),
    [session, runCell, insert],
  );

  const keys = useNotebookKeys({ session, selected, setSelected, setEditing, insert, runCell, focusCell, saveNow });

  const actions: ToolbarActions = useMemo(
    () => ({
      rename: (title) => session.getState().dispatch({ type: 'rename', title }),
      runAll: () => session.getState().runAll(),
      interrupt: () => session.getState().interrupt(),
      restart: () => session.getState().restart(),
      addCell: (type) => insert(selected ?? undefined, type, 'below'),
      clearAll: () => session.getState().dispatch({ type: 'clear-all-outputs' }),
      exportIpynb: () => {
        const nb = session.getState().notebook;
        if (nb) downloadIpynb(nb);
      },
      setBackend: (backend) => session.getState().dispatch({ type: 'set-backend', backend }),
      showShortcuts: keys.showHelp,
    }),
    [session, insert, selected, keys.showHelp],
  );

  useScrollToCellHash(load.state === 'ready' && notebook !== null);

  if (load.state === 'loading') return <p className={styles.message}>Opening notebook…</p>;
  if (load.state === 'missing')
    return (
      <div className={styles.message} role="alert">
        This notebook doesn&apos;t exist in this browser (it may have been deleted, or created in another browser). <Link href="/">Back to notebooks</Link>
      </div>
    );
  if (load.state === 'error' || !notebook)
    return (
      <div className={styles.message} role="alert">
        Could not open this notebook: {load.message}. <Link href="/">Back to notebooks</Link>
      </div>
    );

  const runnable = isRunnable(notebook);
  return (
    <div className={styles.page}>
      <SectionBoundary name="The toolbar">
        <NotebookToolbar notebook={notebook} kernel={kernel} save={save} runnable={runnable} actions={actions} />
      </SectionBoundary>
      {keys.helpOpen && <ShortcutsDialog onClose={keys.closeHelp} />}
      {runnable && <TrustGate session={session} />}
      <ImportNotesBanner session={session} />
      {banner?.(session)}
      {load.recoveredDraft && (
        <div className="sb-banner" role="status">
          Restored edits that had not been saved when this page was last closed.
        </div>
      )}
      {!runnable && (
        <div className="sb-banner" role="note">
          This notebook is written in <strong>{notebook.language}</strong>. Sparkbook runs TypeScript and JavaScript, so its code is
          shown read-only; its Markdown and saved outputs appear as they were saved.
        </div>
      )}
      {kernel.note && runnable && <p className={styles.backendNote}>{kernel.note}</p>}
      <div className={runnable ? styles.layout : undefined}>
      <NotebookCells
        cells={notebook.cells}
        selected={selected}
        editingMarkdown={editingMarkdown}
        runState={runState}
        runnable={runnable}
        language={notebook.language}
        callbacks={callbacks}
        setEditing={setEditing}
      />
      {runnable && (
        <div className={styles.sidePanels}>
        <SectionBoundary name="The workers panel">
          <WorkersPanel cluster={cluster} manager={manager} />
        </SectionBoundary>
        <SectionBoundary name="The data panel">
          <DataPanel />
        </SectionBoundary>
        </div>
      )}
      </div>
    </div>
  );
}

'use client';
/**
 * /notebooks/[id]: the notebook editor. Composes the session (store + kernel + autosave),
 * the toolbar and the cells, and owns the UI-only state: which cell is selected and which
 * Markdown cells are being edited.
 */
import { useState, type ReactNode } from 'react';
import type { NotebookStore } from '../../lib/persistence';
import type { NotebookSession } from '../../lib/state/notebookSession';
import type { CellId } from '../../lib/notebook/ids';
import { isRunnable } from '../../lib/notebook/types';
import { NotebookCells } from './NotebookCells';
import { NotebookToolbar } from './NotebookToolbar';
import { TrustGate } from './TrustGate';
import { ImportNotesBanner } from './ImportNotesBanner';
import { useNotebookKeys } from './useNotebookKeys';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useScrollToCellHash } from './useScrollToCellHash';
import { useNotebookSession, useSession } from './useNotebookSession';
import { useMarkdownEditing } from './useMarkdownEditing';
import { useCellActions } from './useCellActions';
import { useToolbarActions } from './useToolbarActions';
import { focusCell } from './focusCell';
import { NotebookLoadMessage } from './NotebookLoadMessage';
import { NotebookNotes } from './NotebookNotes';
import { NotebookSidePanels } from './NotebookSidePanels';
import { SectionBoundary } from '../shell/SectionBoundary';
import { useChartLibraryWhenIdle } from '../outputs/useChartLibraryWhenIdle';
import styles from './Notebook.module.css';

/**
 * `store` and `banner` let other routes reuse the page: /shared opens a notebook from memory
 * (components/share/SharedNotebookView.tsx) with a banner above its cells.
 */
export function NotebookPage({
  id,
  store,
  banner,
}: {
  id: string;
  store?: NotebookStore;
  banner?: (session: NotebookSession) => ReactNode;
}) {
  const { session, cluster, manager, load, save, saveNow } = useNotebookSession(id, store);
  const notebook = useSession(session, (s) => s.notebook);
  const kernel = useSession(session, (s) => s.kernel);
  const runState = useSession(session, (s) => s.runState);
  const [selected, setSelected] = useState<CellId | null>(null);
  const { editingMarkdown, setEditing } = useMarkdownEditing();
  const { insert, runCell, callbacks } = useCellActions({ session, setSelected, setEditing });
  const keys = useNotebookKeys({ session, selected, setSelected, setEditing, insert, runCell, focusCell, saveNow });
  const actions = useToolbarActions({ session, selected, insert, showShortcuts: keys.showHelp });

  useScrollToCellHash(load.state === 'ready' && notebook !== null);
  useChartLibraryWhenIdle(load.state === 'ready');

  if (load.state !== 'ready' || !notebook) return <NotebookLoadMessage load={load} />;

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
      <NotebookNotes notebook={notebook} kernel={kernel} runnable={runnable} recoveredDraft={load.recoveredDraft ?? false} />
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
        {runnable && <NotebookSidePanels cluster={cluster} manager={manager} />}
      </div>
    </div>
  );
}

'use client';
/** What the notebook toolbar's buttons do: rename, run all, interrupt, restart, add, clear, export. */
import { useEffect, useMemo, useRef } from 'react';
import type { CellId } from '../../lib/notebook/ids';
import type { NotebookSession } from '../../lib/state/notebookSession';
import { downloadIpynb } from './downloadIpynb';
import type { ToolbarActions } from './NotebookToolbar';

export interface ToolbarActionsOptions {
  session: NotebookSession;
  /** A new cell goes below the selected one, or at the end. */
  selected: CellId | null;
  insert(relativeTo: CellId | undefined, cellType: 'code' | 'markdown', position: 'above' | 'below'): void;
  showShortcuts(): void;
}

export function useToolbarActions({ session, selected, insert, showShortcuts }: ToolbarActionsOptions): ToolbarActions {
  // Read when a cell is added, not a dependency: the actions (and so the toolbar) stay the same
  // object while ↑/↓ move the selection.
  const selectedRef = useRef(selected);
  useEffect(() => {
    selectedRef.current = selected;
  }, [selected]);
  return useMemo(
    () => ({
      rename: (title) => session.getState().dispatch({ type: 'rename', title }),
      runAll: () => session.getState().runAll(),
      interrupt: () => session.getState().interrupt(),
      restart: () => session.getState().restart(),
      addCell: (type) => insert(selectedRef.current ?? undefined, type, 'below'),
      clearAll: () => session.getState().dispatch({ type: 'clear-all-outputs' }),
      exportIpynb: () => {
        const nb = session.getState().notebook;
        if (nb) downloadIpynb(nb);
      },
      setBackend: (backend) => session.getState().dispatch({ type: 'set-backend', backend }),
      showShortcuts,
    }),
    [session, insert, showShortcuts],
  );
}

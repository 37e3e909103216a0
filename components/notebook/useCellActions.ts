'use client';
/**
 * What a cell's own buttons and editor keys do to the notebook: insert a cell (and focus it),
 * run one (and move on, as Jupyter's Shift+Enter and Alt+Enter do), edit, move, delete, clear.
 */
import { useCallback, useMemo } from 'react';
import type { CellId } from '../../lib/notebook/ids';
import { newCellId } from '../../lib/notebook/ids';
import { isRunnable } from '../../lib/notebook/types';
import type { NotebookSession } from '../../lib/state/notebookSession';
import type { RunMode } from '../editor/notebookKeys';
import type { CellCallbacks } from './cellProps';
import { focusCell } from './focusCell';
import { toggleOutputs } from './useNotebookKeys';

export interface CellActionsOptions {
  session: NotebookSession;
  setSelected(cellId: CellId): void;
  setEditing(cellId: CellId, editing: boolean): void;
}

export function useCellActions({ session, setSelected, setEditing }: CellActionsOptions) {
  const insert = useCallback(
    (relativeTo: CellId | undefined, cellType: 'code' | 'markdown', position: 'above' | 'below') => {
      const cellId = newCellId();
      session.getState().dispatch({ type: 'add-cell', cellId, cellType, position, relativeTo });
      setSelected(cellId);
      if (cellType === 'markdown') setEditing(cellId, true);
      focusCell(cellId, 'editor');
    },
    [session, setSelected, setEditing],
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
    [session, setSelected, setEditing, insert],
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
    [session, setSelected, runCell, insert],
  );

  return { insert, runCell, callbacks };
}

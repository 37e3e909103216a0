'use client';
/**
 * The notebook page's keyboard: Jupyter's command-mode keys (useCommandMode), Ctrl/Cmd+S, and
 * the shortcuts dialog's open state. What each command does to the notebook is here; the page
 * passes in what it owns (the selection, inserting, running, focusing).
 */
import { useCallback, useState } from 'react';
import type { CellId } from '../../lib/notebook/ids';
import { newCellId } from '../../lib/notebook/ids';
import { outputsHidden } from '../../lib/notebook/outputsHidden';
import { outputsScrolled } from '../../lib/notebook/outputsScrolled';
import { isRunnable } from '../../lib/notebook/types';
import { cellClipboard } from '../../lib/state/cellClipboard';
import type { NotebookSession } from '../../lib/state/notebookSession';
import type { RunMode } from '../editor/notebookKeys';
import { useCommandMode } from './useCommandMode';
import { useSaveShortcut } from './useSaveShortcut';

export interface NotebookKeysOptions {
  session: NotebookSession;
  selected: CellId | null;
  setSelected(cellId: CellId): void;
  setEditing(cellId: CellId, editing: boolean): void;
  insert(relativeTo: CellId, cellType: 'code' | 'markdown', position: 'above' | 'below'): void;
  runCell(cellId: CellId, mode: RunMode): void;
  focusCell(cellId: CellId, into: 'cell' | 'editor'): void;
  saveNow(): void;
}

/** O, and the bar left of a cell's outputs. */
export function toggleOutputs(session: NotebookSession, cellId: CellId) {
  const cell = session.getState().notebook?.cells.find((c) => c.id === cellId);
  if (cell?.cell_type === 'code') session.getState().dispatch({ type: 'set-outputs-hidden', cellId, hidden: !outputsHidden(cell) });
}

/** Shift+O: a long output in its scroll box, or at full height. */
export function toggleOutputsScrolled(session: NotebookSession, cellId: CellId) {
  const cell = session.getState().notebook?.cells.find((c) => c.id === cellId);
  if (cell?.cell_type === 'code') session.getState().dispatch({ type: 'set-outputs-scrolled', cellId, scrolled: !outputsScrolled(cell) });
}

export function useNotebookKeys(options: NotebookKeysOptions) {
  const { session, selected, setSelected, setEditing, insert, runCell, focusCell, saveNow } = options;
  const [helpOpen, setHelpOpen] = useState(false);
  const cells = () => session.getState().notebook?.cells ?? [];
  const selectCell = (cellId: CellId) => {
    setSelected(cellId);
    focusCell(cellId, 'cell');
  };

  /** Deletes the cell and selects the one that takes its place (or the one above, for the last), as Jupyter does. */
  const remove = (cellId: CellId) => {
    const all = cells();
    const i = all.findIndex((c) => c.id === cellId);
    const next = all[i + 1] ?? all[i - 1];
    session.getState().deleteCell(cellId);
    if (next) selectCell(next.id);
  };

  useCommandMode({
    selected: () => selected,
    enterEditor: (cellId) => {
      setEditing(cellId, true);
      focusCell(cellId, 'editor');
    },
    run: runCell,
    insert: (cellId, position) => insert(cellId, 'code', position),
    remove,
    setType: (cellId, cellType) => session.getState().dispatch({ type: 'set-cell-type', cellId, cellType }),
    moveSelection: (delta) => {
      const all = cells();
      const i = all.findIndex((c) => c.id === selected);
      const next = all[Math.min(all.length - 1, Math.max(0, i + delta))];
      if (next) selectCell(next.id);
    },
    copy: (cellId) => cellClipboard.put(cells().filter((c) => c.id === cellId)),
    cut: (cellId) => {
      cellClipboard.put(cells().filter((c) => c.id === cellId));
      remove(cellId);
    },
    paste: (cellId, position) => {
      const pasted = cellClipboard.take(newCellId);
      const i = cells().findIndex((c) => c.id === cellId);
      if (!pasted.length || i < 0) return;
      session.getState().dispatch({ type: 'insert-cells', cells: pasted, index: position === 'below' ? i + 1 : i });
      selectCell(pasted[pasted.length - 1].id);
    },
    undoDelete: () => {
      const restored = session.getState().undoDelete();
      if (restored) selectCell(restored);
    },
    mergeBelow: (cellId) => {
      session.getState().dispatch({ type: 'merge-cell-below', cellId });
      focusCell(cellId, 'cell');
    },
    toggleOutput: (cellId) => toggleOutputs(session, cellId),
    toggleOutputScrolling: (cellId) => toggleOutputsScrolled(session, cellId),
    interrupt: () => session.getState().interrupt(),
    restart: () => {
      // A notebook in another language has no kernel to restart.
      const nb = session.getState().notebook;
      if (nb && isRunnable(nb)) session.getState().restart();
    },
    showHelp: () => setHelpOpen(true),
  });
  useSaveShortcut(saveNow);

  const closeHelp = useCallback(() => setHelpOpen(false), []);
  return { helpOpen, showHelp: useCallback(() => setHelpOpen(true), []), closeHelp };
}

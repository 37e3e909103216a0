'use client';
/**
 * Jupyter's command-mode keys, active when a cell (not its editor) has focus. The keys and what
 * they mean are read by commandKeys.ts; the list the user sees is keyboardShortcuts.ts.
 */
import { useEffect, useRef } from 'react';
import type { CellId } from '../../lib/notebook/ids';
import type { RunMode } from '../editor/notebookKeys';
import { createCommandKeyReader, FIRST_OF_TWO, isCommandModeTarget, type CommandName } from './commandKeys';

export interface CommandModeHandlers {
  selected(): CellId | null;
  enterEditor(cellId: CellId): void;
  run(cellId: CellId, mode: RunMode): void;
  insert(cellId: CellId, position: 'above' | 'below'): void;
  remove(cellId: CellId): void;
  setType(cellId: CellId, type: 'code' | 'markdown'): void;
  moveSelection(delta: -1 | 1): void;
  copy(cellId: CellId): void;
  cut(cellId: CellId): void;
  paste(cellId: CellId, position: 'above' | 'below'): void;
  undoDelete(): void;
  mergeBelow(cellId: CellId): void;
  toggleOutput(cellId: CellId): void;
  toggleOutputScrolling(cellId: CellId): void;
  interrupt(): void;
  restart(): void;
  showHelp(): void;
}

/** Calls the handler a command names. Exhaustive: a new command without a handler fails to compile. */
export function dispatchCommand(command: CommandName, cellId: CellId, h: CommandModeHandlers): void {
  switch (command) {
    case 'enter-editor':
      return h.enterEditor(cellId);
    case 'run-advance':
      return h.run(cellId, 'advance');
    case 'run-stay':
      return h.run(cellId, 'stay');
    case 'run-insert-below':
      return h.run(cellId, 'insert-below');
    case 'insert-above':
      return h.insert(cellId, 'above');
    case 'insert-below':
      return h.insert(cellId, 'below');
    case 'delete':
      return h.remove(cellId);
    case 'to-markdown':
      return h.setType(cellId, 'markdown');
    case 'to-code':
      return h.setType(cellId, 'code');
    case 'select-up':
      return h.moveSelection(-1);
    case 'select-down':
      return h.moveSelection(1);
    case 'copy':
      return h.copy(cellId);
    case 'cut':
      return h.cut(cellId);
    case 'paste-below':
      return h.paste(cellId, 'below');
    case 'paste-above':
      return h.paste(cellId, 'above');
    case 'undo-delete':
      return h.undoDelete();
    case 'merge-below':
      return h.mergeBelow(cellId);
    case 'toggle-output':
      return h.toggleOutput(cellId);
    case 'toggle-output-scrolling':
      return h.toggleOutputScrolling(cellId);
    case 'interrupt':
      return h.interrupt();
    case 'restart':
      return h.restart();
    case 'help':
      return h.showHelp();
    default: {
      const never: never = command;
      throw new Error(`No handler for command ${String(never)}`);
    }
  }
}

export function useCommandMode(handlers: CommandModeHandlers) {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const read = createCommandKeyReader();
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      if (!isCommandModeTarget(target, e.key, target === document.body)) return;
      const h = ref.current;
      const cellId = h.selected();
      if (!cellId) return;
      const command = read(e);
      if (command === null) return;
      e.preventDefault();
      if (command !== FIRST_OF_TWO) dispatchCommand(command, cellId, h);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

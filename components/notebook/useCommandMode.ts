'use client';
/**
 * Jupyter's command-mode keys, active when a cell (not its editor) has focus:
 * Enter edit · Shift+Enter run · A/B insert above/below · DD delete · M markdown · Y code ·
 * ↑/K and ↓/J move the selection · Z undo nothing (not offered).
 */
import { useEffect, useRef } from 'react';
import type { CellId } from '../../lib/notebook/ids';

export interface CommandModeHandlers {
  selected(): CellId | null;
  enterEditor(cellId: CellId): void;
  run(cellId: CellId): void;
  insert(cellId: CellId, position: 'above' | 'below'): void;
  remove(cellId: CellId): void;
  setType(cellId: CellId, type: 'code' | 'markdown'): void;
  moveSelection(delta: -1 | 1): void;
}

function inEditor(target: EventTarget | null) {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return Boolean(el.closest('.monaco-editor, input, textarea, select, [contenteditable="true"]'));
}

export function useCommandMode(handlers: CommandModeHandlers) {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    let lastD = 0;
    const onKey = (e: KeyboardEvent) => {
      if (inEditor(e.target) || e.altKey || e.metaKey || e.ctrlKey) return;
      const target = e.target as HTMLElement | null;
      if (!target?.closest('[data-cell-id]')) return;
      const h = ref.current;
      const cellId = h.selected();
      if (!cellId) return;
      const key = e.key;
      let handled = true;
      if (key === 'Enter' && e.shiftKey) h.run(cellId);
      else if (key === 'Enter') h.enterEditor(cellId);
      else if (key === 'a' || key === 'A') h.insert(cellId, 'above');
      else if (key === 'b' || key === 'B') h.insert(cellId, 'below');
      else if (key === 'm' || key === 'M') h.setType(cellId, 'markdown');
      else if (key === 'y' || key === 'Y') h.setType(cellId, 'code');
      else if (key === 'ArrowUp' || key === 'k') h.moveSelection(-1);
      else if (key === 'ArrowDown' || key === 'j') h.moveSelection(1);
      else if (key === 'd' || key === 'D') {
        const now = Date.now();
        if (now - lastD < 600) {
          h.remove(cellId);
          lastD = 0;
        } else lastD = now;
      } else handled = false;
      if (handled) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

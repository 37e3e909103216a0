'use client';
/**
 * Ctrl/Cmd+S saves the notebook at once, wherever the focus is on the page (a cell, its editor,
 * the title), instead of opening the browser's "Save page as" dialog. Listened for in the capture
 * phase on the window, so no element on the way can keep it from the notebook.
 */
import { useEffect, useRef } from 'react';

/** Ctrl+S, or Cmd+S on macOS; Shift or Alt with it mean something else. */
export function isSaveKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's';
}

export function useSaveShortcut(save: () => void) {
  const ref = useRef(save);
  ref.current = save;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSaveKey(e)) return;
      e.preventDefault();
      ref.current();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}

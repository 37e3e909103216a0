import type { KeyboardEvent } from 'react';
import type { RunMode } from '../notebookKeys';

/** The notebook's run keys, as the editor binds them (notebookKeys.ts), for the field typed in while Monaco loads. */
export function runMode(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>): RunMode | null {
  if (e.key !== 'Enter') return null;
  const modifiers = [e.shiftKey, e.altKey, e.ctrlKey || e.metaKey].filter(Boolean).length;
  if (modifiers !== 1) return null;
  if (e.shiftKey) return 'advance';
  if (e.altKey) return 'insert-below';
  return 'stay';
}

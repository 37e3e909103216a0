'use client';
/** Which Markdown cells show their editor rather than their rendered text (UI state, not saved). */
import { useCallback, useState } from 'react';
import type { CellId } from '../../lib/notebook/ids';

export function useMarkdownEditing() {
  const [editingMarkdown, setEditingMarkdown] = useState<ReadonlySet<CellId>>(new Set());
  const setEditing = useCallback((cellId: CellId, editing: boolean) => {
    setEditingMarkdown((prev) => {
      const next = new Set(prev);
      if (editing) next.add(cellId);
      else next.delete(cellId);
      return next;
    });
  }, []);
  return { editingMarkdown, setEditing };
}

'use client';
import { useState } from 'react';
import type { Output } from '../../lib/notebook/types';
import type { CellRunState } from '../../lib/state/notebookSession';
import { nextAnnouncement } from './cellAnnouncement';

/** The text of a cell's status live region (see cellAnnouncement): it changes only when a run starts or ends. */
export function useCellAnnouncement(runState: CellRunState | undefined, n: number, outputs: readonly Output[]): string {
  const [last, setLast] = useState<{ runState: CellRunState | undefined; text: string }>({ runState, text: '' });
  // React's "adjust state when a prop changes" pattern: derived during render from the previous
  // run state, so the sentence and the outputs it describes arrive in the same commit.
  if (last.runState !== runState) {
    const next = { runState, text: nextAnnouncement(last, runState, n, outputs) };
    setLast(next);
    return next.text;
  }
  return last.text;
}

import { describe, expect, it, vi } from 'vitest';
import { createNotebook } from '../notebook/transitions';
import type { Notebook } from '../notebook/types';
import { startAutosave } from './autosave';
import { createNotebookSession } from './notebookSession';

describe('autosave', () => {
  it('saves the latest notebook once after a burst of edits, and flushes on stop', async () => {
    vi.useFakeTimers();
    const saved: Notebook[] = [];
    const session = createNotebookSession();
    const nb = createNotebook({ now: 0 });
    session.getState().load(nb);
    const stop = startAutosave(session, { put: async (n) => void saved.push(n) }, 300);
    const cellId = nb.cells[0].id;
    session.getState().dispatch({ type: 'edit-source', cellId, source: 'a' });
    session.getState().dispatch({ type: 'edit-source', cellId, source: 'ab' });
    await vi.advanceTimersByTimeAsync(299);
    expect(saved).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved.map((n) => n.cells[0].source)).toEqual(['ab']);
    session.getState().dispatch({ type: 'edit-source', cellId, source: 'abc' });
    await stop();
    expect(saved.map((n) => n.cells[0].source)).toEqual(['ab', 'abc']);
    vi.useRealTimers();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNotebook } from '../notebook/transitions';
import type { Notebook } from '../notebook/types';
import { startAutosave, type SaveStatus } from './autosave';
import { createNotebookSession } from './notebookSession';

afterEach(() => vi.useRealTimers());

function openNotebook() {
  const session = createNotebookSession();
  const nb = createNotebook({ now: 0 });
  session.getState().load(nb);
  const type = (source: string) => session.getState().dispatch({ type: 'edit-source', cellId: nb.cells[0].id, source });
  return { session, type };
}

describe('saveNow (Ctrl/Cmd+S)', () => {
  it('writes the pending change at once, without waiting for the debounce, and reports it saved', async () => {
    vi.useFakeTimers();
    const saved: Notebook[] = [];
    const statuses: SaveStatus['state'][] = [];
    const { session, type } = openNotebook();
    const autosave = startAutosave(
      session,
      { put: async (n) => void saved.push(n) },
      { delay: 300, page: { onHide: () => () => {} }, onStatus: (s) => statuses.push(s.state) },
    );
    type('typed, then Ctrl+S');
    await autosave.saveNow();
    expect(saved.map((n) => n.cells[0].source)).toEqual(['typed, then Ctrl+S']);
    expect(statuses).toEqual(['saving', 'saved']);
    // The debounce that was pending does not write it a second time.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saved).toHaveLength(1);
    await autosave();
  });

  it('with nothing pending, writes nothing but still says the notebook is saved', async () => {
    const saved: Notebook[] = [];
    const statuses: SaveStatus['state'][] = [];
    const { session } = openNotebook();
    const autosave = startAutosave(
      session,
      { put: async (n) => void saved.push(n) },
      { page: { onHide: () => () => {} }, onStatus: (s) => statuses.push(s.state) },
    );
    await autosave.saveNow();
    expect(saved).toEqual([]);
    expect(statuses).toEqual(['saved']);
  });
});

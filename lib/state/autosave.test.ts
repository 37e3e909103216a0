import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNotebook } from '../notebook/transitions';
import type { Notebook } from '../notebook/types';
import { createDraftMirror } from '../persistence/draftMirror';
import { memoryDraftStorage as memoryStorage } from '../../testing/memoryDraftStorage';
import { startAutosave } from './autosave';
import { createNotebookSession } from './notebookSession';

/** A browser-like window and document, so the real pagehide/visibilitychange wiring is exercised. */
function fakeBrowserPage() {
  const window = new EventTarget();
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  vi.stubGlobal('window', window);
  vi.stubGlobal('document', document);
  return {
    pagehide: () => window.dispatchEvent(new Event('pagehide')),
    hideTab: () => {
      document.visibilityState = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
    },
  };
}

function openNotebook() {
  const session = createNotebookSession();
  const nb = createNotebook({ now: 0 });
  session.getState().load(nb);
  const type = (source: string) => session.getState().dispatch({ type: 'edit-source', cellId: nb.cells[0].id, source });
  return { session, nb, type };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('autosave', () => {
  it('saves the latest notebook once after a burst of edits, and flushes on stop', async () => {
    vi.useFakeTimers();
    const saved: Notebook[] = [];
    const { session, type } = openNotebook();
    const stop = startAutosave(session, { put: async (n) => void saved.push(n) }, { delay: 300 });
    type('a');
    type('ab');
    await vi.advanceTimersByTimeAsync(299);
    expect(saved).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved.map((n) => n.cells[0].source)).toEqual(['ab']);
    type('abc');
    await stop();
    expect(saved.map((n) => n.cells[0].source)).toEqual(['ab', 'abc']);
  });

  it('saves an edit typed just before a reload at once on pagehide, without waiting for the debounce', async () => {
    vi.useFakeTimers();
    const page = fakeBrowserPage();
    const saved: Notebook[] = [];
    const { session, type } = openNotebook();
    const stop = startAutosave(session, { put: async (n) => void saved.push(n) });
    type('typed 100 ms before reload');
    await vi.advanceTimersByTimeAsync(100);

    page.pagehide();
    await vi.advanceTimersByTimeAsync(0);

    expect(saved.map((n) => n.cells[0].source)).toEqual(['typed 100 ms before reload']);
    await stop();
  });

  it('saves at once when the tab is hidden', async () => {
    vi.useFakeTimers();
    const page = fakeBrowserPage();
    const saved: Notebook[] = [];
    const { session, type } = openNotebook();
    const stop = startAutosave(session, { put: async (n) => void saved.push(n) });
    type('x');
    page.hideTab();
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toHaveLength(1);
    await stop();
  });

  it('keeps a draft on pagehide that outlives a save the closing page never finished, and recovers it on open', async () => {
    vi.useFakeTimers();
    const page = fakeBrowserPage();
    const storage = memoryStorage();
    const { session, nb, type } = openNotebook();
    // The page is gone before IndexedDB commits: the put never settles.
    startAutosave(session, { put: () => new Promise(() => {}) }, { drafts: createDraftMirror(storage) });
    type('never lost');
    page.pagehide();

    // The next visit: the stored copy is still the one from before the edit.
    const recovered = createDraftMirror(storage).recover(nb);
    expect(recovered?.cells[0].source).toBe('never lost');
  });

  it('clears the draft once the save lands', async () => {
    vi.useFakeTimers();
    const page = fakeBrowserPage();
    const storage = memoryStorage();
    const { session, type } = openNotebook();
    let land!: () => void;
    const stop = startAutosave(
      session,
      { put: () => new Promise<void>((resolve) => (land = resolve)) },
      { drafts: createDraftMirror(storage) },
    );
    type('saved soon');
    page.pagehide();
    expect(storage.items.size).toBe(1);

    await vi.advanceTimersByTimeAsync(0);
    land();
    await vi.advanceTimersByTimeAsync(0);
    expect(storage.items.size).toBe(0);
    await stop();
  });

  it('writes no draft when nothing is unsaved', async () => {
    const page = fakeBrowserPage();
    const storage = memoryStorage();
    const { session } = openNotebook();
    const stop = startAutosave(session, { put: async () => {} }, { drafts: createDraftMirror(storage) });
    page.pagehide();
    expect(storage.items.size).toBe(0);
    await stop();
  });

  it('saves a notebook recovered from its draft straight away, then clears the draft', async () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const drafts = createDraftMirror(storage);
    const { session, nb } = openNotebook();
    const newer = { ...nb, title: 'Recovered', updatedAt: 50 };
    drafts.write(newer);
    session.getState().load(drafts.recover(nb)!);
    const saved: Notebook[] = [];

    const stop = startAutosave(
      session,
      { put: async (n) => void saved.push(n) },
      { drafts, recoveredFromDraft: true, page: { onHide: () => () => {} } },
    );
    await vi.advanceTimersByTimeAsync(0);

    expect(saved.map((n) => n.title)).toEqual(['Recovered']);
    expect(storage.items.size).toBe(0);
    await stop();
  });

  it('says "saving" on the first change, "saved" only once the newest change is written, and why a save failed', async () => {
    vi.useFakeTimers();
    const statuses: string[] = [];
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { session, type } = openNotebook();
    let refuse = false;
    const put = async () => {
      if (refuse) throw new Error('QuotaExceededError: the browser refused to store more');
    };
    const stop = startAutosave(
      session,
      { put },
      {
        delay: 300,
        page: { onHide: () => () => {} },
        onStatus: (s) => statuses.push(s.state === 'failed' ? `failed: ${s.message}` : s.state),
      },
    );
    type('a');
    type('ab');
    expect(statuses).toEqual(['saving']);
    await vi.advanceTimersByTimeAsync(300);
    expect(statuses).toEqual(['saving', 'saved']);
    refuse = true;
    type('abc');
    await vi.advanceTimersByTimeAsync(300);
    expect(statuses).toEqual(['saving', 'saved', 'saving', 'failed: QuotaExceededError: the browser refused to store more']);
    refuse = false;
    type('abcd');
    await vi.advanceTimersByTimeAsync(300);
    expect(statuses.slice(-2)).toEqual(['saving', 'saved']);
    await stop();
  });
});

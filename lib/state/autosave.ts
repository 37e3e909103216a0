/**
 * Saves the open notebook shortly after every change (300 ms debounce: well inside the
 * one-second promise, without a write per keystroke) and flushes on stop and page hide.
 *
 * When the page is hidden (a reload, a closed tab, a phone switching apps) the IndexedDB save
 * may not finish before the page is gone, so the unsaved notebook is also mirrored
 * synchronously to a draft (lib/persistence/draftMirror.ts), cleared once the save lands.
 */
import type { Notebook } from '../notebook/types';
import type { NotebookStore } from '../persistence';
import type { DraftMirror } from '../persistence/draftMirror';
import type { NotebookSession } from './notebookSession';

export const AUTOSAVE_DELAY_MS = 300;

/** Where the notebook's latest change is: still to be written, written, or refused by the store. */
export type SaveStatus = { state: 'saving' } | { state: 'saved' } | { state: 'failed'; message: string };

/** Tells autosave when the page is going away or out of sight; the browser's events by default. */
export interface PageLifecycle {
  /** Calls `listener` whenever the page is hidden; returns a function that stops listening. */
  onHide(listener: () => void): () => void;
}

export interface AutosaveOptions {
  /** Debounce after the last change, in ms. */
  delay?: number;
  /** Where the unsaved notebook is mirrored when the page hides; none for notebooks that aren't kept (shared links). */
  drafts?: DraftMirror;
  page?: PageLifecycle;
  /** The session's notebook was recovered from its draft and is not in the store yet: save it at once, then clear the draft. */
  recoveredFromDraft?: boolean;
  /** Told when the save state changes, so the page can say "Saving…", "Saved" or why not. */
  onStatus?: (status: SaveStatus) => void;
}

/** `pagehide` (reload, close, navigation, bfcache) and `visibilitychange` to hidden (tab switch, mobile app switch). */
export function browserPageLifecycle(): PageLifecycle | undefined {
  if (typeof window === 'undefined' || typeof document === 'undefined') return undefined;
  return {
    onHide(listener) {
      const onVisibility = () => {
        if (document.visibilityState === 'hidden') listener();
      };
      window.addEventListener('pagehide', listener);
      document.addEventListener('visibilitychange', onVisibility);
      return () => {
        window.removeEventListener('pagehide', listener);
        document.removeEventListener('visibilitychange', onVisibility);
      };
    },
  };
}

/**
 * Starts saving `session`'s notebook to `store`. Returns the function that stops it, which also
 * has `saveNow()`: writes what is pending at once, without waiting for the debounce (Ctrl/Cmd+S).
 */
export function startAutosave(session: NotebookSession, store: Pick<NotebookStore, 'put'>, options: AutosaveOptions = {}) {
  const { delay = AUTOSAVE_DELAY_MS, drafts, page = browserPageLifecycle(), recoveredFromDraft = false, onStatus } = options;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** Changed since the last save began: the next save writes it. */
  let pending: Notebook | null = null;
  /** The newest notebook not yet known to be in the store (pending, or being saved). */
  let unsaved: Notebook | null = null;
  /** The updatedAt of the draft written on hide, until a save at least that new lands. */
  let draftUpdatedAt: number | null = null;
  let saving: Promise<void> = Promise.resolve();
  let reported: SaveStatus['state'] | null = null;
  const report = (status: SaveStatus) => {
    if (status.state === reported && status.state !== 'failed') return;
    reported = status.state;
    onStatus?.(status);
  };

  const saved = (nb: Notebook) => {
    if (unsaved === nb) {
      unsaved = null;
      report({ state: 'saved' });
    }
    if (drafts && draftUpdatedAt !== null && nb.updatedAt >= draftUpdatedAt) {
      drafts.clear(nb.id);
      draftUpdatedAt = null;
    }
  };

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const nb = pending;
    pending = null;
    if (nb)
      saving = saving
        .then(() => store.put(nb))
        .then(() => saved(nb))
        .catch((e) => {
          console.error('Autosave failed', e);
          report({ state: 'failed', message: (e as Error).message ?? String(e) });
        });
    return saving;
  };

  const unsubscribe = session.subscribe((state, previous) => {
    if (!state.notebook || state.notebook === previous.notebook) return;
    report({ state: 'saving' });
    pending = unsaved = state.notebook;
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, delay);
  });

  const onHide = () => {
    // Mirror first: it is synchronous, so it is kept even if the page is gone before the save lands.
    if (unsaved && drafts?.write(unsaved)) draftUpdatedAt = unsaved.updatedAt;
    void flush();
  };
  const stopListening = page?.onHide(onHide);

  const recovered = recoveredFromDraft ? session.getState().notebook : null;
  if (recovered) {
    report({ state: 'saving' });
    pending = unsaved = recovered;
    draftUpdatedAt = recovered.updatedAt;
    void flush();
  }

  const stop = async () => {
    unsubscribe();
    stopListening?.();
    await flush();
  };
  const saveNow = async () => {
    // Ctrl/Cmd+S with nothing pending still answers: the status says the notebook is saved.
    const nothingPending = unsaved === null;
    await flush();
    if (nothingPending) {
      reported = null;
      report({ state: 'saved' });
    }
  };
  return Object.assign(stop, { saveNow });
}

/** What startAutosave returns: call it to stop (it saves what is pending first). */
export type StopAutosave = ReturnType<typeof startAutosave>;

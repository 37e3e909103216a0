/**
 * Saves the open notebook shortly after every change (300 ms debounce: well inside the
 * one-second promise, without a write per keystroke) and flushes on stop and page hide.
 */
import type { Notebook } from '../notebook/types';
import type { NotebookStore } from '../persistence';
import type { NotebookSession } from './notebookSession';

export const AUTOSAVE_DELAY_MS = 300;

export function startAutosave(session: NotebookSession, store: Pick<NotebookStore, 'put'>, delay = AUTOSAVE_DELAY_MS) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: Notebook | null = null;
  let saving: Promise<void> = Promise.resolve();

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const nb = pending;
    pending = null;
    if (nb) saving = saving.then(() => store.put(nb)).catch((e) => console.error('Autosave failed', e));
    return saving;
  };

  const unsubscribe = session.subscribe((state, previous) => {
    if (!state.notebook || state.notebook === previous.notebook) return;
    pending = state.notebook;
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, delay);
  });

  const onHide = () => {
    if (document.visibilityState === 'hidden') void flush();
  };
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onHide);

  return async () => {
    unsubscribe();
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onHide);
    await flush();
  };
}

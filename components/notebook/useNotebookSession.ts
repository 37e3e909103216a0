'use client';
/**
 * Opens a notebook for the page: loads it from IndexedDB, starts a kernel worker wired to a
 * session store, and autosaves every change (debounced, well inside a second). The kernel is
 * started only for runnable notebooks; nothing runs until the user asks.
 */
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { KernelConnection, type ConnectionEvent } from '../../kernels/client/kernelConnection';
import { assertNever } from '../../kernels/protocol';
import { asNotebookId } from '../../lib/notebook/ids';
import { isRunnable } from '../../lib/notebook/types';
import { createNotebookSession, type NotebookSession, type NotebookSessionState } from '../../lib/state/notebookSession';
import { notebookStore } from '../../lib/state/notebookStoreInstance';
import { startAutosave } from '../../lib/state/autosave';

function route(session: NotebookSession, event: ConnectionEvent) {
  const s = session.getState();
  switch (event.type) {
    case 'ready':
      return s.onKernelReady(event.backend, event.backendNote);
    case 'backend':
      return s.onBackendChanged(event.backend, event.backendNote);
    case 'output':
      return s.onKernelOutput(event.requestId, event.cellId, event.output);
    case 'update-display':
      return s.onKernelUpdateDisplay(event.cellId, event.displayId, event.output);
    case 'execute-reply':
      return s.onExecuteReply(event.id, event.cellId, event.status);
    case 'reply':
      return;
    case 'kernel-error':
      console.error('[kernel]', event.message);
      return;
    case 'worker-died':
      return s.onKernelLost(`The kernel crashed (${event.message}) and was restarted.`);
    case 'restarted':
      return s.onKernelLost('The kernel was restarted.');
    default:
      assertNever(event);
  }
}

export type LoadState = 'loading' | 'ready' | 'missing' | 'error';

export function useNotebookSession(id: string) {
  const session = useMemo(() => createNotebookSession(), []);
  const [load, setLoad] = useState<{ state: LoadState; message?: string }>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let kernel: KernelConnection | null = null;
    let stopAutosave: (() => Promise<void>) | null = null;
    (async () => {
      try {
        const nb = await notebookStore().get(asNotebookId(id));
        if (cancelled) return;
        if (!nb) return setLoad({ state: 'missing' });
        session.getState().load(nb);
        stopAutosave = startAutosave(session, notebookStore());
        setLoad({ state: 'ready' });
        if (isRunnable(nb)) {
          kernel = new KernelConnection({ backend: 'auto', onEvent: (e) => route(session, e) });
          session.getState().attachKernel(kernel);
          kernel.start();
        }
      } catch (e) {
        if (!cancelled) setLoad({ state: 'error', message: (e as Error).message });
      }
    })();
    return () => {
      cancelled = true;
      kernel?.dispose();
      void stopAutosave?.();
    };
  }, [id, session]);

  return { session, load };
}

/** Subscribes a component to part of the session. */
export function useSession<T>(session: NotebookSession, selector: (s: NotebookSessionState) => T): T {
  return useStore(session, selector);
}

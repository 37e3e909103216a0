'use client';
/**
 * Opens a notebook for the page: loads it from IndexedDB, starts a kernel worker wired to a
 * session store, starts the cluster's executors, and autosaves every change (debounced, well
 * inside a second). Edits that never reached IndexedDB because the page closed first come back
 * from their localStorage draft (lib/persistence/draftMirror.ts). The kernel starts only for
 * runnable notebooks; nothing runs until asked.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { ClusterManager } from '../../kernels/page/clusterManager';
import { createJobFanOut, type JobFanOut } from '../../kernels/page/jobFanOut';
import { KernelConnection, type ConnectionEvent } from '../../kernels/page/kernelConnection';
import { assertNever } from '../../lib/types/assertNever';
import type { BackendChoice } from '../../kernels/wire/pageKernelProtocol';
import { backendChoiceOf } from '../../lib/notebook/backendMetadata';
import { asNotebookId } from '../../lib/notebook/ids';
import { isRunnable } from '../../lib/notebook/types';
import { startAutosave, type SaveStatus, type StopAutosave } from '../../lib/state/autosave';
import { createClusterStore, type ClusterStore } from '../../lib/state/clusterStore';
import { createNotebookSession, type NotebookSession, type NotebookSessionState } from '../../lib/state/notebookSession';
import { jobStore, notebookStore } from '../../lib/state/browserStores';
import type { NotebookStore } from '../../lib/persistence';
import { browserDraftMirror } from '../../lib/persistence/draftMirror';
import { downloadFile } from '../shell/downloadFile';
import { readNotebookInWorker } from './readNotebookInWorker';

/** Executors a notebook starts with (the panel and spark.resize change it). */
export const DEFAULT_EXECUTORS = 2;

interface Wiring {
  session: NotebookSession;
  cluster: ClusterStore;
  kernel: KernelConnection;
  manager: ClusterManager;
  jobs: JobFanOut;
}

function route({ session, cluster, kernel, manager, jobs }: Wiring, event: ConnectionEvent) {
  const s = session.getState();
  switch (event.type) {
    case 'ready':
      return s.onKernelReady(event.backend, event.backendNote);
    case 'backend':
      return s.onBackendChanged(event.backend, event.backendNote);
    case 'backends-detected':
      return s.onBackendsDetected(event.backends);
    case 'output':
      return s.onKernelOutput(event.requestId, event.cellId, event.output);
    case 'update-display':
      return s.onKernelUpdateDisplay(event.cellId, event.displayId, event.output);
    case 'execute-reply':
      return s.onExecuteReply(
        event.id,
        event.cellId,
        event.status,
        event.startedAt !== undefined && event.finishedAt !== undefined
          ? { startedAt: event.startedAt, finishedAt: event.finishedAt }
          : undefined,
      );
    case 'reply':
      return;
    case 'download':
      return event.files.forEach((f) => downloadFile(f.name, f.bytes as Uint8Array<ArrayBuffer>, f.mimeType));
    case 'kernel-error':
      console.error('[kernel]', event.message);
      return;
    case 'cluster-resize':
      return manager.resize(event.count);
    case 'cluster-backend':
      return manager.setBackend(event.backend);
    case 'executors':
      return cluster.getState().setStats(event.executors);
    case 'job-events':
      return jobs.take(event.deltas);
    case 'worker-died':
      s.onKernelLost(`The kernel crashed (${event.message}) and was restarted.`);
      return kernel.restart();
    case 'restarted':
      s.onKernelLost('The kernel was restarted.');
      return manager.restartAll();
    default:
      assertNever(event);
  }
}

/**
 * The backend menu records its choice in the notebook's metadata; from there it reaches the
 * kernel and every executor (and the ones started later), whoever changed it.
 */
function applyBackendChoice(
  session: NotebookSession,
  kernel: KernelConnection,
  manager: ClusterManager,
  initial: BackendChoice,
): () => void {
  let current = initial;
  return session.subscribe((state) => {
    const next = state.notebook ? backendChoiceOf(state.notebook) : current;
    if (next === current) return;
    current = next;
    kernel.setBackend(next);
    manager.setBackend(next);
  });
}

export type LoadState = 'loading' | 'ready' | 'missing' | 'error';

/** How opening the notebook went. */
export interface NotebookLoad {
  state: LoadState;
  /** Why it could not be opened ('error' only). */
  message?: string;
  /** Edits that had not reached IndexedDB when the page was last closed were restored from their draft. */
  recoveredDraft?: boolean;
}

/**
 * `store` is where the notebook is read from and autosaved to: IndexedDB by default; a shared
 * notebook (components/share) opens from memory, so nothing is kept until the reader saves a copy.
 */
export function useNotebookSession(id: string, store?: NotebookStore) {
  const session = useMemo(() => createNotebookSession(), []);
  const cluster = useMemo(() => createClusterStore(), []);
  const [manager, setManager] = useState<ClusterManager | null>(null);
  const [load, setLoad] = useState<NotebookLoad>({ state: 'loading' });
  // Only a notebook kept in this browser reports saving; a shared one is kept nowhere until copied.
  const [save, setSave] = useState<SaveStatus | null>(null);
  const autosave = useRef<StopAutosave | null>(null);
  /** Ctrl/Cmd+S: writes the pending change now rather than after the debounce. */
  const saveNow = useCallback(() => autosave.current?.saveNow() ?? Promise.resolve(), []);

  useEffect(() => {
    let cancelled = false;
    let kernel: KernelConnection | null = null;
    let clusterManager: ClusterManager | null = null;
    let stopAutosave: StopAutosave | null = null;
    let stopBackendSync: (() => void) | null = null;
    (async () => {
      try {
        const source = store ?? notebookStore();
        // Drafts only for the notebooks kept in this browser: a shared one is kept only when saved as a copy.
        const drafts = store ? undefined : browserDraftMirror();
        // The browser's own store is read in a worker: a big notebook would block the page for as long as it takes to copy.
        const stored = store ? await store.get(asNotebookId(id)) : await readNotebookInWorker(asNotebookId(id));
        if (cancelled) return;
        if (!stored) return setLoad({ state: 'missing' });
        // Render in a task of its own, apart from the one that took the notebook in.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (cancelled) return;
        const recovered = drafts?.recover(stored);
        const nb = recovered ?? stored;
        session.getState().load(nb);
        if (!store) setSave({ state: 'saved' });
        stopAutosave = startAutosave(session, source, {
          drafts,
          recoveredFromDraft: recovered !== undefined,
          onStatus: store ? undefined : (status) => !cancelled && setSave(status),
        });
        autosave.current = stopAutosave;
        setLoad({ state: 'ready', recoveredDraft: recovered !== undefined });
        if (!isRunnable(nb)) return;
        const notebookOf = () => {
          const open = session.getState().notebook;
          return open ? { id: open.id, title: open.title } : undefined;
        };
        const wiring = { session, cluster, jobs: createJobFanOut({ cluster, jobs: jobStore, notebook: notebookOf }) } as Wiring;
        const backend = backendChoiceOf(nb);
        kernel = new KernelConnection({ backend, onEvent: (e) => route(wiring, e) });
        clusterManager = new ClusterManager({
          backend,
          attach: (executorId, port, backend, note) => kernel?.attachExecutor(executorId, port, backend, note),
          detach: (executorId, reason) => kernel?.detachExecutor(executorId, reason),
          onChange: (list) => cluster.getState().setLifecycle(list),
        });
        wiring.kernel = kernel;
        wiring.manager = clusterManager;
        session.getState().attachKernel(kernel);
        kernel.start();
        clusterManager.resize(DEFAULT_EXECUTORS);
        stopBackendSync = applyBackendChoice(session, kernel, clusterManager, backend);
        setManager(clusterManager);
      } catch (e) {
        if (!cancelled) setLoad({ state: 'error', message: (e as Error).message });
      }
    })();
    return () => {
      cancelled = true;
      stopBackendSync?.();
      kernel?.dispose();
      clusterManager?.disposeAll();
      if (autosave.current === stopAutosave) autosave.current = null;
      void stopAutosave?.();
    };
  }, [id, store, session, cluster]);

  return { session, cluster, manager, load, save, saveNow };
}

/** Subscribes a component to part of the session. */
export function useSession<T>(session: NotebookSession, selector: (s: NotebookSessionState) => T): T {
  return useStore(session, selector);
}

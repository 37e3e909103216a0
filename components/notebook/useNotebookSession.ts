'use client';
/**
 * Opens a notebook for the page: loads it from IndexedDB, starts a kernel worker wired to a
 * session store, starts the cluster's executors, and autosaves every change (debounced, well
 * inside a second). Edits that never reached IndexedDB because the page closed first come back
 * from their localStorage draft (lib/persistence/draftMirror.ts). The kernel starts only for
 * runnable notebooks; nothing runs until asked.
 */
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { ClusterManager } from '../../kernels/client/clusterManager';
import { KernelConnection, type ConnectionEvent } from '../../kernels/client/kernelConnection';
import { assertNever } from '../../kernels/protocol';
import { asNotebookId } from '../../lib/notebook/ids';
import { isRunnable } from '../../lib/notebook/types';
import { startAutosave, type SaveStatus } from '../../lib/state/autosave';
import { createClusterStore, type ClusterStore } from '../../lib/state/clusterStore';
import { createNotebookSession, type NotebookSession, type NotebookSessionState } from '../../lib/state/notebookSession';
import { jobStore, notebookStore } from '../../lib/state/notebookStoreInstance';
import type { NotebookStore } from '../../lib/persistence';
import { browserDraftMirror } from '../../lib/persistence/draftMirror';
import { downloadFile } from '../shell/downloadFile';

/** Executors a notebook starts with (the panel and spark.resize change it). */
export const DEFAULT_EXECUTORS = 2;

interface Wiring {
  session: NotebookSession;
  cluster: ClusterStore;
  kernel: KernelConnection;
  manager: ClusterManager;
}

function route({ session, cluster, kernel, manager }: Wiring, event: ConnectionEvent) {
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
    case 'download':
      return event.files.forEach((f) => downloadFile(f.name, f.bytes as Uint8Array<ArrayBuffer>, f.mimeType));
    case 'kernel-error':
      console.error('[kernel]', event.message);
      return;
    case 'cluster-resize':
      return manager.resize(event.count);
    case 'executors':
      return cluster.getState().setStats(event.executors);
    case 'job-update':
      return cluster.getState().setJob(event.job);
    case 'job-record': {
      const nb = s.notebook;
      return void jobStore()
        .put({ ...event.record, notebookId: nb?.id ?? '', notebookTitle: nb?.title ?? '', updatedAt: Date.now() })
        .catch((e) => console.error('Could not save the job history record', e));
    }
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

  useEffect(() => {
    let cancelled = false;
    let kernel: KernelConnection | null = null;
    let clusterManager: ClusterManager | null = null;
    let stopAutosave: (() => Promise<void>) | null = null;
    (async () => {
      try {
        const source = store ?? notebookStore();
        // Drafts only for the notebooks kept in this browser: a shared one is kept only when saved as a copy.
        const drafts = store ? undefined : browserDraftMirror();
        const stored = await source.get(asNotebookId(id));
        if (cancelled) return;
        if (!stored) return setLoad({ state: 'missing' });
        const recovered = drafts?.recover(stored);
        const nb = recovered ?? stored;
        session.getState().load(nb);
        if (!store) setSave({ state: 'saved' });
        stopAutosave = startAutosave(session, source, {
          drafts,
          recoveredFromDraft: recovered !== undefined,
          onStatus: store ? undefined : (status) => !cancelled && setSave(status),
        });
        setLoad({ state: 'ready', recoveredDraft: recovered !== undefined });
        if (!isRunnable(nb)) return;
        const wiring = { session, cluster } as Wiring;
        kernel = new KernelConnection({ backend: 'auto', onEvent: (e) => route(wiring, e) });
        clusterManager = new ClusterManager({
          backend: 'auto',
          attach: (executorId, port, backend, note) => kernel?.attachExecutor(executorId, port, backend, note),
          detach: (executorId, reason) => kernel?.detachExecutor(executorId, reason),
          onChange: (list) => cluster.getState().setLifecycle(list),
        });
        wiring.kernel = kernel;
        wiring.manager = clusterManager;
        session.getState().attachKernel(kernel);
        kernel.start();
        clusterManager.resize(DEFAULT_EXECUTORS);
        setManager(clusterManager);
      } catch (e) {
        if (!cancelled) setLoad({ state: 'error', message: (e as Error).message });
      }
    })();
    return () => {
      cancelled = true;
      kernel?.dispose();
      clusterManager?.disposeAll();
      void stopAutosave?.();
    };
  }, [id, store, session, cluster]);

  return { session, cluster, manager, load, save };
}

/** Subscribes a component to part of the session. */
export function useSession<T>(session: NotebookSession, selector: (s: NotebookSessionState) => T): T {
  return useStore(session, selector);
}

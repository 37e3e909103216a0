/**
 * The open notebook and its kernel, as one zustand store. Content changes go through the pure
 * notebookReducer; this store adds what the page needs around it: which cells are queued or
 * running, the kernel's status, and the run queue (one cell in flight at a time, so Run all
 * stops at the first error and Interrupt can drop what is still waiting, as in Jupyter).
 */
import { createStore } from 'zustand/vanilla';
import type { CellId } from '../notebook/ids';
import type { Notebook, Output } from '../notebook/types';
import { isRunnable } from '../notebook/types';
import { notebookReducer, type KernelRunTimes, type NotebookAction } from '../notebook/transitions';
import { isTrusted } from '../notebook/trust';
import type { DetectedBackend } from '../cluster/detectedBackends';
import { rememberDeleted, type DeletedCell } from './deletedCells';

/** The subset of KernelConnection the store drives (a fake in tests). */
export interface KernelPort {
  execute(cellId: CellId, code: string, executionCount: number, cellOrder: CellId[], notebook?: { id: string; title: string }): number;
  interrupt(): void;
  restart(): void;
  forgetCell(cellId: CellId): void;
}

/** What the kernel status element shows. */
export interface KernelStatus {
  state: 'starting' | 'idle' | 'busy' | 'dead';
  backend: string;
  note?: string;
  /** What each backend is in this browser, for the backend menu (empty until the kernel has probed). */
  detected?: DetectedBackend[];
}

export type CellRunState = 'queued' | 'running';

/** Distributes Omit over a union, so each action keeps its own fields. */
type WithoutAt<T> = T extends unknown ? Omit<T, 'at'> : never;
export type ActionInput = WithoutAt<NotebookAction>;

export interface NotebookSessionState {
  notebook: Notebook | null;
  kernel: KernelStatus;
  /** Cells queued or running. A Map, as cell ids come from files: `constructor` or `__proto__` must be ordinary keys. */
  runState: ReadonlyMap<CellId, CellRunState>;
  queue: CellId[];
  running: { cellId: CellId; requestId: number } | null;
  executionCounter: number;
  /**
   * Code cells asked to run in an untrusted notebook, held until the user answers whether to run
   * code from it (grantRunConsent / declineRunConsent); null when nothing waits for an answer.
   */
  runConsent: { cellIds: CellId[] } | null;
  /** Cells deleted since the notebook opened, newest last, for undoDelete (Jupyter's Z). */
  deletedCells: DeletedCell[];
  /** Applies a notebook action (the time is added here). */
  dispatch(action: ActionInput): void;
  load(nb: Notebook | null): void;
  attachKernel(kernel: KernelPort | null): void;
  runCells(cellIds: CellId[]): void;
  runAll(): void;
  /** Trusts the notebook and runs the cells that were waiting for consent. */
  grantRunConsent(): void;
  /** Runs nothing: the cells that were waiting for consent are dropped. */
  declineRunConsent(): void;
  interrupt(): void;
  restart(): void;
  deleteCell(cellId: CellId): void;
  /** Puts the last deleted cell back where it was, with its outputs; returns its id, or null when none is left. */
  undoDelete(): CellId | null;
  /** Called by the page for every kernel event. */
  onKernelOutput(requestId: number, cellId: CellId, output: Output): void;
  onKernelUpdateDisplay(cellId: CellId, displayId: string, output: Output): void;
  /** `ran`: when the kernel began and ended the run, by its clock; without it the reply's arrival ends the run time. */
  onExecuteReply(requestId: number, cellId: CellId, status: 'ok' | 'error' | 'interrupted', ran?: KernelRunTimes): void;
  onKernelReady(backend: string, note?: string): void;
  onBackendChanged(backend: string, note?: string): void;
  onBackendsDetected(detected: DetectedBackend[]): void;
  /** The worker died or was restarted: whatever was running is lost; say so in its output. */
  onKernelLost(reason: string): void;
}

const lostMessage = (reason: string): Output => ({
  output_type: 'error',
  ename: 'KernelRestarted',
  evalue: `${reason} Variables from earlier cells are gone: run the cells again. Your code and outputs are kept.`,
  traceback: [],
});

export function createNotebookSession() {
  let kernel: KernelPort | null = null;

  return createStore<NotebookSessionState>()((set, get) => {
    const apply = (action: ActionInput) => {
      const nb = get().notebook;
      if (!nb) return;
      const next = notebookReducer(nb, { ...action, at: Date.now() } as NotebookAction);
      if (next !== nb) set({ notebook: next });
    };

    /** Sends the next queued cell when nothing is running. */
    const pump = () => {
      const { running, queue, notebook, kernel: status } = get();
      if (running || !queue.length || !notebook || !kernel || status.state === 'starting' || status.state === 'dead') return;
      const [cellId, ...rest] = queue;
      const cell = notebook.cells.find((c) => c.id === cellId);
      if (!cell || cell.cell_type !== 'code') {
        set({ queue: rest });
        pump();
        return;
      }
      const count = get().executionCounter + 1;
      apply({ type: 'execution-started', cellId, executionCount: count });
      const requestId = kernel.execute(
        cellId,
        cell.source,
        count,
        notebook.cells.map((c) => c.id),
        { id: notebook.id, title: notebook.title },
      );
      set((s) => ({
        queue: rest,
        executionCounter: count,
        running: { cellId, requestId },
        runState: new Map(s.runState).set(cellId, 'running'),
        kernel: { ...s.kernel, state: 'busy' },
      }));
    };

    const dropQueue = () =>
      set((s) => {
        const runState = new Map(s.runState);
        for (const id of s.queue) runState.delete(id);
        return { queue: [], runState };
      });

    return {
      notebook: null,
      kernel: { state: 'starting', backend: '…' },
      runState: new Map(),
      queue: [],
      running: null,
      executionCounter: 0,
      runConsent: null,
      deletedCells: [],
      dispatch: apply,
      load: (nb) => set({ notebook: nb, runState: new Map(), queue: [], running: null, runConsent: null, deletedCells: [] }),
      attachKernel: (k) => {
        kernel = k;
      },
      runCells: (cellIds) => {
        const nb = get().notebook;
        if (!nb || !isRunnable(nb)) return;
        const code = cellIds.filter((id) => nb.cells.find((c) => c.id === id)?.cell_type === 'code');
        // Every way of running code (Run, Run all, the keys) comes through here, so this is the
        // one gate: an untrusted notebook's code waits for the user's answer.
        if (code.length && !isTrusted(nb)) {
          set((s) => ({ runConsent: { cellIds: [...new Set([...(s.runConsent?.cellIds ?? []), ...code])] } }));
          return;
        }
        const fresh = code.filter((id) => !get().queue.includes(id) && get().running?.cellId !== id);
        set((s) => {
          const runState = new Map(s.runState);
          for (const id of fresh) runState.set(id, 'queued');
          return {
            queue: [...s.queue, ...fresh],
            runState,
            kernel: fresh.length ? { ...s.kernel, state: s.kernel.state === 'idle' ? 'busy' : s.kernel.state } : s.kernel,
          };
        });
        pump();
      },
      runAll: () => {
        const nb = get().notebook;
        if (nb) get().runCells(nb.cells.map((c) => c.id));
      },
      grantRunConsent: () => {
        const waiting = get().runConsent?.cellIds ?? [];
        set({ runConsent: null });
        apply({ type: 'set-trusted', trusted: true });
        get().runCells(waiting);
      },
      declineRunConsent: () => set({ runConsent: null }),
      interrupt: () => {
        dropQueue();
        kernel?.interrupt();
      },
      restart: () => {
        dropQueue();
        set((s) => ({ kernel: { ...s.kernel, state: 'starting' } }));
        kernel?.restart();
      },
      deleteCell: (cellId) => {
        const cells = get().notebook?.cells ?? [];
        const index = cells.findIndex((c) => c.id === cellId);
        if (index < 0) return;
        apply({ type: 'delete-cell', cellId });
        set((s) => ({
          queue: s.queue.filter((id) => id !== cellId),
          deletedCells: rememberDeleted(s.deletedCells, { cell: cells[index], index }),
        }));
        kernel?.forgetCell(cellId);
      },
      undoDelete: () => {
        const deleted = get().deletedCells;
        const last = deleted[deleted.length - 1];
        if (!last) return null;
        set({ deletedCells: deleted.slice(0, -1) });
        apply({ type: 'insert-cells', cells: [last.cell], index: last.index });
        return last.cell.id;
      },
      onKernelOutput: (_requestId, cellId, output) => apply({ type: 'output', cellId, output }),
      onKernelUpdateDisplay: (cellId, displayId, output) => {
        if (output.output_type === 'display_data') apply({ type: 'update-display', cellId, displayId, output });
      },
      onExecuteReply: (requestId, cellId, status, ran) => {
        apply({ type: 'execution-finished', cellId, status, ran });
        const running = get().running;
        if (running?.requestId !== requestId) return;
        set((s) => {
          const runState = new Map(s.runState);
          runState.delete(cellId);
          return { running: null, runState };
        });
        // Like Jupyter's Run all: an error or an interrupt stops the cells still waiting.
        if (status !== 'ok') dropQueue();
        if (!get().queue.length) set((s) => ({ kernel: { ...s.kernel, state: 'idle' } }));
        pump();
      },
      onKernelReady: (backend, note) => {
        set((s) => ({ kernel: { state: 'idle', backend, note, detected: s.kernel.detected } }));
        pump();
      },
      onBackendChanged: (backend, note) => set((s) => ({ kernel: { ...s.kernel, backend, note: note ?? s.kernel.note } })),
      onBackendsDetected: (detected) => set((s) => ({ kernel: { ...s.kernel, detected } })),
      onKernelLost: (reason) => {
        const running = get().running;
        if (running) apply({ type: 'output', cellId: running.cellId, output: lostMessage(reason) });
        set({ running: null, queue: [], runState: new Map(), executionCounter: 0, kernel: { ...get().kernel, state: 'starting' } });
      },
    };
  });
}

export type NotebookSession = ReturnType<typeof createNotebookSession>;

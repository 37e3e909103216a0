/**
 * How long a code cell's last run took, kept where JupyterLab's "record timing" keeps it: the
 * cell's `metadata.execution`, ISO timestamps under Jupyter's message names. A run time then
 * survives a reload, and an exported .ipynb shows it in JupyterLab (and its extensions) too.
 */
import { isPlainObject } from './ipynbMetadata';
import type { Cell } from './types';

/** When the kernel began running the cell (Jupyter's execute_input message), by the kernel's clock. */
export const EXECUTE_INPUT = 'iopub.execute_input';
/** When the page sent the cell to the kernel (JupyterLab writes it; the run time doesn't use it). */
export const STATUS_BUSY = 'iopub.status.busy';
/** When the run ended (ok, error or interrupted), by the kernel's clock. */
export const EXECUTE_REPLY = 'shell.execute_reply';

type Metadata = Record<string, unknown>;

const iso = (at: number) => new Date(at).toISOString();

/**
 * A run starts (the page sends the cell): the previous run's times go (JupyterLab clears them
 * too), so no stale time shows. The kernel's own start, when it reports one, replaces EXECUTE_INPUT.
 */
export function withRunStarted(metadata: Metadata, at: number): Metadata {
  return { ...metadata, execution: { [STATUS_BUSY]: iso(at), [EXECUTE_INPUT]: iso(at) } };
}

/**
 * The run ended at `at`; with the kernel's own times (`ran`), those are the run's start and end,
 * so output the page was slow to show doesn't count. Unchanged when no run was started (a late
 * reply) or this one was already recorded.
 */
export function withRunFinished(metadata: Metadata, at: number, ran?: { startedAt: number; finishedAt: number }): Metadata {
  const execution = isPlainObject(metadata.execution) ? metadata.execution : null;
  if (!execution || typeof execution[EXECUTE_INPUT] !== 'string' || EXECUTE_REPLY in execution) return metadata;
  if (ran && Number.isFinite(ran.startedAt) && Number.isFinite(ran.finishedAt) && ran.finishedAt >= ran.startedAt) {
    return { ...metadata, execution: { ...execution, [EXECUTE_INPUT]: iso(ran.startedAt), [EXECUTE_REPLY]: iso(ran.finishedAt) } };
  }
  return { ...metadata, execution: { ...execution, [EXECUTE_REPLY]: iso(at) } };
}

/** How long the cell's last recorded run took, and when it ended. */
export interface RunTime {
  /** Milliseconds from the kernel taking the cell to its reply. */
  ms: number;
  finishedAt: Date;
}

/** The cell's last complete run, from its metadata (ours or JupyterLab's); null when none is recorded. */
export function runTimeOf(cell: Pick<Cell, 'metadata'>): RunTime | null {
  const execution = cell.metadata.execution;
  if (!isPlainObject(execution)) return null;
  const start = Date.parse(String(execution[EXECUTE_INPUT] ?? execution[STATUS_BUSY]));
  const end = Date.parse(String(execution[EXECUTE_REPLY]));
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return null;
  return { ms: end - start, finishedAt: new Date(end) };
}

/** "35 ms", "1.2 s", "14 s", "2 min 5 s", "1 h 3 min": precise when short, readable when long. */
export function formatRunTime(ms: number): string {
  if (Math.round(ms) < 1000) return `${Math.round(ms)} ms`;
  const tenths = Math.round(ms / 100) / 10;
  if (tenths < 10) return `${tenths.toFixed(1)} s`;
  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 60) return `${totalSeconds} s`;
  const minutes = Math.floor(totalSeconds / 60);
  if (minutes < 60) return `${minutes} min ${totalSeconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

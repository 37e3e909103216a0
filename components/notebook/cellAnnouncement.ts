/**
 * What a screen reader hears about a code cell: its completion and its errors, once each run,
 * never each redraw of its outputs (a live chart updates twice a second, and an aria-live output
 * area made the reader restart its sentence on every update). Pure, so it is tested without a DOM.
 */
import type { Output } from '../../lib/notebook/types';
import type { CellRunState } from '../../lib/state/notebookSession';

/** Long error messages are cut: the full text is in the output for whoever reads on. */
const MAX_MESSAGE = 200;

/** The sentence for a cell that has just finished running with these outputs. */
export function finishedAnnouncement(n: number, outputs: readonly Output[]): string {
  const error = outputs.find((o): o is Extract<Output, { output_type: 'error' }> => o.output_type === 'error');
  if (!error) return `Cell ${n} finished.`;
  const message = `${error.ename}: ${error.evalue}`;
  return `Cell ${n} failed. ${message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message}`;
}

/**
 * The next announcement, from the run state before and now: empty when a run starts (so the same
 * sentence is heard again after a rerun), the finished sentence when it ends, else unchanged.
 */
export function nextAnnouncement(
  previous: { runState: CellRunState | undefined; text: string },
  runState: CellRunState | undefined,
  n: number,
  outputs: readonly Output[],
): string {
  if (runState === 'running' && previous.runState !== 'running') return '';
  if (runState === undefined && previous.runState === 'running') return finishedAnnouncement(n, outputs);
  return previous.text;
}

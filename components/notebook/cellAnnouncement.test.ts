import { describe, expect, it } from 'vitest';
import type { Output } from '../../lib/notebook/types';
import { finishedAnnouncement, nextAnnouncement } from './cellAnnouncement';

const chart: Output = { output_type: 'display_data', data: { 'text/plain': 'chart' }, metadata: {} };
const error: Output = { output_type: 'error', ename: 'TypeError', evalue: 'x is not a function', traceback: [] };

describe('what a screen reader hears about a cell', () => {
  it('says once that the cell finished, or that it failed and why', () => {
    expect(finishedAnnouncement(3, [chart])).toBe('Cell 3 finished.');
    expect(finishedAnnouncement(3, [chart, error])).toBe('Cell 3 failed. TypeError: x is not a function');
    expect(finishedAnnouncement(1, [{ ...error, evalue: 'x'.repeat(500) }]).length).toBeLessThan(230);
  });

  it('stays the same while outputs change during a run, so redraws are not announced', () => {
    let state = { runState: undefined as 'queued' | 'running' | undefined, text: 'Cell 1 finished.' };
    const step = (runState: typeof state.runState, outputs: Output[]) => {
      state = { runState, text: nextAnnouncement(state, runState, 1, outputs) };
      return state.text;
    };
    expect(step('queued', [])).toBe('Cell 1 finished.');
    // Starting a run clears it, so the same sentence is heard again when the rerun ends.
    expect(step('running', [])).toBe('');
    expect(step('running', [chart])).toBe('');
    expect(step('running', [chart, chart])).toBe('');
    expect(step(undefined, [chart, error])).toBe('Cell 1 failed. TypeError: x is not a function');
    expect(step(undefined, [chart])).toBe('Cell 1 failed. TypeError: x is not a function');
  });
});

import { describe, expect, it } from 'vitest';
import type { CellId } from '../notebook/ids';
import { runTimeOf } from '../notebook/executionTiming';
import { createCell, createNotebook } from '../notebook/transitions';
import { createNotebookSession, type KernelPort } from './notebookSession';

function runOneCell() {
  const session = createNotebookSession();
  const cellId = 'a' as CellId;
  session.getState().load({ ...createNotebook({ now: 0 }), cells: [createCell('code', cellId, '1 + 1')] });
  const sent: number[] = [];
  const kernel: KernelPort = { execute: () => (sent.push(sent.length + 1), sent.length), interrupt() {}, restart() {}, forgetCell() {} };
  session.getState().attachKernel(kernel);
  session.getState().onKernelReady('wasm');
  session.getState().runCells([cellId]);
  const cell = () => session.getState().notebook!.cells[0];
  return { session, cellId, requestId: sent[0], cell };
}

describe('a cell’s run time, as the session records it', () => {
  it('is the kernel’s start to end when the kernel reports them', () => {
    const { session, cellId, requestId, cell } = runOneCell();
    expect(runTimeOf(cell())).toBeNull();
    session.getState().onExecuteReply(requestId, cellId, 'ok', {
      startedAt: Date.UTC(2026, 0, 1, 0, 0, 0, 0),
      finishedAt: Date.UTC(2026, 0, 1, 0, 0, 1, 250),
    });
    expect(runTimeOf(cell())?.ms).toBe(1250);
  });

  it('ends when the reply arrives when the kernel says nothing of its times', () => {
    const { session, cellId, requestId, cell } = runOneCell();
    session.getState().onExecuteReply(requestId, cellId, 'interrupted');
    const time = runTimeOf(cell());
    expect(time?.ms).toBeGreaterThanOrEqual(0);
    expect(time!.ms).toBeLessThan(1000);
  });
});

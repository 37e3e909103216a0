import { describe, expect, it } from 'vitest';
import type { CellId } from '../notebook/ids';
import { createNotebook, notebookReducer } from '../notebook/transitions';
import { createNotebookSession, type KernelPort } from './notebookSession';

function fakeKernel() {
  const sent: { cellId: CellId; code: string; count: number; id: number }[] = [];
  let next = 1;
  const port: KernelPort & { interrupted: number; restarted: number } = {
    interrupted: 0,
    restarted: 0,
    execute(cellId, code, count) {
      const id = next++;
      sent.push({ cellId, code, count, id });
      return id;
    },
    interrupt() {
      this.interrupted++;
    },
    restart() {
      this.restarted++;
    },
    forgetCell() {},
  };
  return { port, sent };
}

function sessionWithCells(sources: string[]) {
  let nb = createNotebook({ now: 0 });
  nb = { ...nb, cells: [] };
  sources.forEach((source, i) => {
    nb = notebookReducer(nb, { type: 'add-cell', cellId: `c${i}` as CellId, cellType: 'code', position: 'below', source, at: 0 });
  });
  const session = createNotebookSession();
  const { port, sent } = fakeKernel();
  session.getState().load(nb);
  session.getState().attachKernel(port);
  session.getState().onKernelReady('wasm');
  return { session, port, sent };
}

describe('notebook session', () => {
  it('runs cells one at a time in order, numbering executions', () => {
    const { session, sent } = sessionWithCells(['1', '2']);
    session.getState().runAll();
    expect(sent.map((s) => s.code)).toEqual(['1']);
    expect(session.getState().kernel.state).toBe('busy');
    session.getState().onExecuteReply(sent[0].id, sent[0].cellId, 'ok');
    expect(sent.map((s) => [s.code, s.count])).toEqual([['1', 1], ['2', 2]]);
    session.getState().onExecuteReply(sent[1].id, sent[1].cellId, 'ok');
    expect(session.getState().kernel.state).toBe('idle');
    expect(session.getState().notebook!.cells.map((c) => c.execution_count)).toEqual([1, 2]);
  });

  it('stops Run all at the first error, as Jupyter does', () => {
    const { session, sent } = sessionWithCells(['throw 1', '2']);
    session.getState().runAll();
    session.getState().onExecuteReply(sent[0].id, sent[0].cellId, 'error');
    expect(sent).toHaveLength(1);
    expect(session.getState().queue).toEqual([]);
    expect(session.getState().kernel.state).toBe('idle');
  });

  it('appends outputs to the running cell and clears old ones when it starts again', () => {
    const { session, sent } = sessionWithCells(['console.log(1)']);
    session.getState().runAll();
    session.getState().onKernelOutput(sent[0].id, sent[0].cellId, { output_type: 'stream', name: 'stdout', text: '1\n' });
    session.getState().onExecuteReply(sent[0].id, sent[0].cellId, 'ok');
    expect(session.getState().notebook!.cells[0].outputs).toHaveLength(1);
    session.getState().runAll();
    expect(session.getState().notebook!.cells[0].outputs).toHaveLength(0);
  });

  it('interrupt drops waiting cells and tells the kernel', () => {
    const { session, port } = sessionWithCells(['1', '2', '3']);
    session.getState().runAll();
    session.getState().interrupt();
    expect(session.getState().queue).toEqual([]);
    expect(port.interrupted).toBe(1);
  });

  it('a lost kernel marks the running cell and keeps the code', () => {
    const { session } = sessionWithCells(['while (true) {}']);
    session.getState().runAll();
    session.getState().onKernelLost('The kernel was restarted.');
    const cell = session.getState().notebook!.cells[0];
    expect(cell.source).toBe('while (true) {}');
    expect(cell.outputs[0]).toMatchObject({ output_type: 'error', ename: 'KernelRestarted' });
    expect(session.getState().running).toBeNull();
  });

  it('does not run code of a notebook in another language', () => {
    const { session, sent } = sessionWithCells(['print(1)']);
    session.getState().load({ ...session.getState().notebook!, language: 'python' });
    session.getState().runAll();
    expect(sent).toHaveLength(0);
  });
});

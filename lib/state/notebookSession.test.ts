import { describe, expect, it } from 'vitest';
import type { CellId } from '../notebook/ids';
import type { Notebook } from '../notebook/types';
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
    expect(sent.map((s) => [s.code, s.count])).toEqual([
      ['1', 1],
      ['2', 2],
    ]);
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

describe('running an untrusted notebook', () => {
  function untrusted(sources: string[]) {
    const opened = sessionWithCells(sources);
    opened.session.getState().load({ ...opened.session.getState().notebook!, origin: 'import', trusted: false });
    return opened;
  }

  it('runs nothing until the user answers, and nothing when they cancel', () => {
    const { session, sent } = untrusted(['1', '2']);
    session.getState().runCells(['c0' as CellId]);
    session.getState().runAll();
    expect(sent).toHaveLength(0);
    expect(session.getState().queue).toEqual([]);
    expect(session.getState().runConsent).toEqual({ cellIds: ['c0', 'c1'] });
    session.getState().declineRunConsent();
    expect(session.getState().runConsent).toBeNull();
    expect(sent).toHaveLength(0);
    expect(session.getState().notebook!.trusted).toBe(false);
  });

  it('trusts the notebook and runs the waiting cells when the user says Run; later runs do not ask', () => {
    const { session, sent } = untrusted(['1', '2']);
    session.getState().runAll();
    session.getState().grantRunConsent();
    expect(session.getState().notebook!.trusted).toBe(true);
    expect(session.getState().runConsent).toBeNull();
    expect(sent.map((s) => s.code)).toEqual(['1']);
    session.getState().onExecuteReply(sent[0].id, sent[0].cellId, 'ok');
    expect(sent.map((s) => s.code)).toEqual(['1', '2']);
    session.getState().onExecuteReply(sent[1].id, sent[1].cellId, 'ok');
    session.getState().runCells(['c0' as CellId]);
    expect(session.getState().runConsent).toBeNull();
    expect(sent).toHaveLength(3);
  });

  it('does not ask when there is no code to run (Markdown only)', () => {
    const { session } = untrusted([]);
    session.getState().dispatch({ type: 'add-cell', cellId: 'm' as CellId, cellType: 'markdown', position: 'below' });
    session.getState().runCells(['m' as CellId]);
    expect(session.getState().runConsent).toBeNull();
  });

  it('runs a trusted notebook without asking', () => {
    const { session, sent } = sessionWithCells(['1']);
    session.getState().runAll();
    expect(session.getState().runConsent).toBeNull();
    expect(sent).toHaveLength(1);
  });
});

describe('cell ids that are also Object member names', () => {
  const ids = ['constructor', '__proto__', 'toString', 'hasOwnProperty'] as CellId[];

  it('are idle until run, queued and running while they run, and idle again after', () => {
    let nb: Notebook = { ...createNotebook({ now: 0 }), cells: [] };
    for (const cellId of ids)
      nb = notebookReducer(nb, { type: 'add-cell', cellId, cellType: 'code', position: 'below', source: '42', at: 0 });
    const session = createNotebookSession();
    const { port, sent } = fakeKernel();
    session.getState().load(nb);
    session.getState().attachKernel(port);
    session.getState().onKernelReady('wasm');
    expect(ids.map((id) => session.getState().runState.get(id))).toEqual([undefined, undefined, undefined, undefined]);

    session.getState().runAll();
    expect(ids.map((id) => session.getState().runState.get(id))).toEqual(['running', 'queued', 'queued', 'queued']);
    for (let i = 0; i < ids.length; i++) session.getState().onExecuteReply(sent[i].id, sent[i].cellId, 'ok');

    expect(sent.map((s) => s.cellId)).toEqual(ids);
    expect(session.getState().runState.size).toBe(0);
    expect(ids.map((id) => session.getState().runState.get(id))).toEqual([undefined, undefined, undefined, undefined]);
    expect(session.getState().notebook!.cells.map((c) => c.execution_count)).toEqual([1, 2, 3, 4]);
    expect(session.getState().kernel.state).toBe('idle');
  });
});

import { describe, expect, it } from 'vitest';
import type { CellId } from '../../../lib/notebook/ids';
import { NotebookScope } from './scope';

const A = 'cA' as CellId;
const B = 'cB' as CellId;

describe('NotebookScope', () => {
  it('reports a name another live cell declares, with that cell number', () => {
    const scope = new NotebookScope();
    scope.commit(A, { declarations: { x: 1 }, importLocals: [], assigned: {} });
    expect(scope.redefinitions(B, ['x', 'y'], [A, B])).toEqual([{ name: 'x', otherCell: A, otherCellNumber: 1 }]);
  });

  it('lets a cell redefine its own names and names of deleted cells', () => {
    const scope = new NotebookScope();
    scope.commit(A, { declarations: { x: 1 }, importLocals: [], assigned: {} });
    expect(scope.redefinitions(A, ['x'], [A, B])).toEqual([]);
    expect(scope.redefinitions(B, ['x'], [B])).toEqual([]);
  });

  it('allows the same import in two cells', () => {
    const scope = new NotebookScope();
    scope.commit(A, { declarations: { tf: {} }, importLocals: ['tf'], assigned: {} });
    expect(scope.redefinitions(B, ['tf'], [A, B])).toEqual([]);
  });

  it('drops names a re-run cell no longer defines and returns the replaced values', () => {
    const scope = new NotebookScope();
    const old = { tensor: 1 };
    scope.commit(A, { declarations: { x: old, y: 2 }, importLocals: [], assigned: {} });
    const removed = scope.commit(A, { declarations: { y: 3 }, importLocals: [], assigned: {} });
    expect(scope.has('x')).toBe(false);
    expect(removed).toEqual([old, 2]);
  });

  it('writes assigned names back to the cell that owns them', () => {
    const scope = new NotebookScope();
    scope.commit(A, { declarations: { n: 1 }, importLocals: [], assigned: {} });
    scope.commit(B, { declarations: {}, importLocals: [], assigned: { n: 2 } });
    expect(scope.inputsFor(['n', 'missing'])).toEqual({ n: 2 });
  });

  it('forgets a deleted cell', () => {
    const scope = new NotebookScope();
    scope.commit(A, { declarations: { x: 1 }, importLocals: [], assigned: {} });
    expect(scope.forget(A)).toEqual([1]);
    expect(scope.has('x')).toBe(false);
  });
});

/**
 * Runs one cell: transpile, check redefinitions, evaluate the wrapped function with the
 * scope's values, record what it defined, dispose what it replaced, and emit outputs.
 * Plain module (no worker globals), so it can be driven by tests in Node too.
 */
import type { CellId } from '../../../lib/notebook/ids';
import type { Output } from '../../../lib/notebook/types';
import { transpileCell, CellSyntaxError, type TranspiledCell } from '../../../lib/transpile/transpile';
import { wrapCell, type CellFunction } from '../../../lib/transpile/wrap';
import { mapCellStack } from '../../../lib/transpile/stack';
import { toMimeBundleAsync, formatError } from './display';
import { NotebookScope } from './scope';
import { disposeReplaced } from './disposal';
import { importForCell } from './modules';
import { InterruptError, clearInterrupt } from './interrupt';

/** What one execution needs from the kernel around it. */
export interface RunRequest {
  cellId: CellId;
  code: string;
  executionCount: number;
  cellOrder: CellId[];
}

/** Builtins every cell can read, created per run so console/display route to that cell. */
export type BuiltinsFactory = (emit: (output: Output) => void, cellId: CellId) => Record<string, unknown>;

export type RunStatus = 'ok' | 'error' | 'interrupted';

function cellLabel(cellId: CellId, order: CellId[]): string {
  const i = order.indexOf(cellId);
  return i === -1 ? 'this cell' : `cell ${i + 1}`;
}

export class CellRunner {
  readonly scope = new NotebookScope();

  constructor(private readonly builtins: BuiltinsFactory) {}

  /** Executes a cell; every output goes through `emit`. Never throws. */
  async run(request: RunRequest, emit: (output: Output) => void): Promise<RunStatus> {
    const { cellId, code, cellOrder } = request;
    const label = cellLabel(cellId, cellOrder);
    clearInterrupt();

    let transpiled: TranspiledCell;
    try {
      transpiled = transpileCell(code);
    } catch (e) {
      if (e instanceof CellSyntaxError) {
        emit({
          output_type: 'error',
          ename: 'SyntaxError',
          evalue: e.message,
          traceback: [`SyntaxError: ${e.message}`, `    at ${label}, line ${e.line}:${e.column}`],
        });
        return 'error';
      }
      throw e;
    }

    const declared = [...transpiled.declarations, ...transpiled.imports.map((i) => i.local)];
    const clashes = this.scope.redefinitions(cellId, transpiled.declarations, cellOrder);
    if (clashes.length) {
      const names = clashes.map((c) => `\`${c.name}\` (cell ${c.otherCellNumber})`).join(', ');
      const message =
        `${names} ${clashes.length === 1 ? 'is' : 'are'} already defined in another cell. ` +
        `A name can be defined by one cell only: rename it in ${label}, or delete the definition in cell ${clashes[0].otherCellNumber}.`;
      emit({ output_type: 'error', ename: 'RedefinitionError', evalue: message, traceback: [`RedefinitionError: ${message}`] });
      return 'error';
    }

    const builtins = this.builtins(emit, cellId);
    const fromScope = this.scope.inputsFor(transpiled.inputs);
    const inputs: Record<string, unknown> = {};
    for (const name of transpiled.inputs) {
      if (name in fromScope) inputs[name] = fromScope[name];
      else if (name in builtins) inputs[name] = builtins[name];
    }
    const sourceURL = `sparkbook-cell-${cellId}-${request.executionCount}.js`;
    const { source, lineOffset } = wrapCell(transpiled, Object.keys(inputs), sourceURL);

    try {
      const fn = (0, eval)(source) as CellFunction;
      const result = await fn(inputs, importForCell);
      const declarations: Record<string, unknown> = {};
      for (const name of declared) declarations[name] = result.declarations[name];
      const replaced = this.scope.commit(cellId, {
        declarations,
        importLocals: transpiled.imports.map((i) => i.local),
        assigned: result.assigned,
      });
      disposeReplaced(replaced, this.scope.values());
      if (transpiled.hasDisplayValue && result.value !== undefined) {
        emit({
          output_type: 'execute_result',
          execution_count: request.executionCount,
          data: await toMimeBundleAsync(result.value),
          metadata: {},
        });
      }
      return 'ok';
    } catch (e) {
      if (e instanceof InterruptError) {
        emit({ output_type: 'error', ename: e.name, evalue: e.message, traceback: [`${e.name}: ${e.message}`] });
        return 'interrupted';
      }
      const { ename, evalue } = formatError(e);
      const stack = e instanceof Error ? e.stack : undefined;
      const { traceback } = mapCellStack(stack, sourceURL, lineOffset, label.charAt(0).toUpperCase() + label.slice(1));
      emit({ output_type: 'error', ename, evalue, traceback: [`${ename}: ${evalue}`, ...traceback] });
      return 'error';
    }
  }

  /** A deleted cell's names leave the scope and their tensors are freed. */
  forget(cellId: CellId) {
    disposeReplaced(this.scope.forget(cellId), this.scope.values());
  }
}

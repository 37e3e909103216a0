import { RUNTIME } from './runtimeNames';
import type { TranspiledCell } from './transpile';

/** What a wrapped cell function resolves to. */
export interface CellResult {
  /** Current values of the cell's top-level declarations and import locals. */
  declarations: Record<string, unknown>;
  /** Current values of provided inputs the cell assigned to, for the kernel to write back. */
  assigned: Record<string, unknown>;
  /** Value of the cell's last expression; undefined when it has none. */
  value: unknown;
}

/** The function a wrapped cell's source evaluates to. */
export type CellFunction = (inputs: Record<string, unknown>, load: (specifier: string) => Promise<unknown>) => Promise<CellResult>;

/**
 * Builds the final function source. `provided` = the inputs the kernel will actually pass
 * (a subset of t.inputs); only those are destructured so globals like Math are not shadowed.
 *
 * The source is a parenthesised `async function (__inputs, __import)` expression. The whole
 * prologue shares the header's line, so user line N is source line N + lineOffset when it is
 * evaluated with indirect eval, `(0, eval)(source)`; `new Function('return ' + source)`
 * prepends two lines of its own, making it N + lineOffset + 2.
 */
export function wrapCell(t: TranspiledCell, provided: string[], sourceURL: string): { source: string; lineOffset: number } {
  // Never destructure a name the cell declares itself: `let x` twice would not compile.
  const passed = unique(provided.filter((name) => t.inputs.includes(name)));
  const assigned = passed.filter((name) => t.assignedInputs.includes(name));
  const exported = unique([...t.declarations, ...t.imports.map((entry) => entry.local)]);

  const prologue = [
    '"use strict";',
    // `let`, not `const`: the cell may assign to its inputs (x = x + 1), which we then report back.
    passed.length > 0 ? `let {${passed.join(', ')}} = ${RUNTIME.inputs};` : '',
    `let ${RUNTIME.value};`,
  ].filter(Boolean);
  const header = `(async function (${RUNTIME.inputs}, ${RUNTIME.import}) { ${prologue.join(' ')}`;
  const epilogue = `return { declarations: ${objectOf(exported)}, assigned: ${objectOf(assigned)}, value: ${RUNTIME.value} };\n` + '})';
  return {
    source: `${header}\n${t.body}\n${epilogue}\n//# sourceURL=${sourceURL}`,
    lineOffset: 1,
  };
}

function objectOf(names: readonly string[]): string {
  return names.length > 0 ? `{ ${names.join(', ')} }` : '{}';
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}

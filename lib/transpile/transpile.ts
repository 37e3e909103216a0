import { topLevelDeclarations } from './declarations';
import { displayEdits } from './display';
import { applyEdits } from './edits';
import { rejectExports } from './exports';
import { importEdits, staticImports, type CellImport } from './imports';
import { parseCell } from './parse';
import { findReferences } from './references';
import { stripTypes } from './stripTypes';

export { CellSyntaxError } from './errors';

/** A cell compiled to a function body, with what it shares with and needs from other cells. */
export interface TranspiledCell {
  /** The cell body after transformation, same line count as the source, user's line N = body line N. */
  body: string;
  /** Top-level names the cell declares with const/let/var/function/class (not imports). */
  declarations: string[];
  /** Names bound by static import declarations, with their module specifier. */
  imports: CellImport[];
  /** Free names the cell reads or writes that it does not declare itself (candidate inputs), sorted. */
  inputs: string[];
  /** Subset of inputs the cell assigns to (x = ..., x += ..., x++, destructuring assignment) at any depth. */
  assignedInputs: string[];
  /** True when the last top-level statement is an expression statement whose value the cell displays. */
  hasDisplayValue: boolean;
}

/**
 * Compiles TypeScript cell source into the body of an async function (see wrapCell):
 * types stripped, imports routed through the kernel's loader, the last expression captured.
 * Every edit keeps line numbers, so errors and stack traces point at the user's lines.
 * Throws CellSyntaxError (user line and column) for invalid syntax or `export`.
 */
export function transpileCell(source: string): TranspiledCell {
  const code = stripTypes(source);
  const program = parseCell(code, source);
  rejectExports(program, source);

  const display = displayEdits(program, code);
  const { inputs, assignedInputs } = findReferences(program);
  return {
    body: applyEdits(code, [...importEdits(program, code), ...display.edits]),
    declarations: topLevelDeclarations(program),
    imports: staticImports(program),
    inputs,
    assignedInputs,
    hasDisplayValue: display.hasDisplayValue,
  };
}

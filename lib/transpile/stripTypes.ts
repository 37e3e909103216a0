import { parse } from 'acorn';
import { transform } from 'sucrase';
import { CellSyntaxError, locationOf, parserReason } from './errors';
import { ACORN_OPTIONS, SUCRASE_OPTIONS } from './parserOptions';
import { originalColumn } from './sourceMapColumns';

/**
 * Strips TypeScript syntax from a cell, keeping every line where it was (sucrase preserves
 * lines, not columns). Throws CellSyntaxError in the user's coordinates.
 */
export function stripTypes(source: string): string {
  try {
    return transform(source, SUCRASE_OPTIONS).code;
  } catch (error) {
    throw toCellSyntaxError(error, source);
  }
}

/**
 * Maps a 1-based position in stripped code back to the user's source. Lines are identical;
 * the column comes from sucrase's token-level source map, computed only when needed.
 */
export function userPosition(source: string, line: number, column: number): { line: number; column: number } {
  const { sourceMap } = transform(source, {
    ...SUCRASE_OPTIONS,
    filePath: 'cell.ts',
    sourceMapOptions: { compiledFilename: 'cell.js' },
  });
  return { line, column: sourceMap ? originalColumn(sourceMap.mappings, line, column) : column };
}

function toCellSyntaxError(error: unknown, source: string): CellSyntaxError {
  const message = error instanceof Error ? error.message : String(error);
  // Sucrase reports `pos` (an offset into the source); its `loc` column is not 0-based like acorn's.
  const pos = (error as { pos?: unknown } | null)?.pos;
  if (typeof pos === 'number') {
    const { line, column } = locationOf(source, pos);
    return CellSyntaxError.at(parserReason(message), line, column);
  }
  return javaScriptSyntaxError(source) ?? CellSyntaxError.at(parserReason(message), 1, 1);
}

/**
 * A few sucrase errors carry no position (e.g. "Invalid scope depth" after a stray `@`).
 * Acorn, reading the untouched source, can then usually say where the problem is; for a
 * cell that also uses TypeScript syntax it may stop at a type instead, which is still a hint.
 */
function javaScriptSyntaxError(source: string): CellSyntaxError | null {
  try {
    parse(source, ACORN_OPTIONS);
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } } | null)?.loc;
    if (error instanceof SyntaxError && loc) return CellSyntaxError.at(parserReason(error.message), loc.line, loc.column + 1);
  }
  return null;
}

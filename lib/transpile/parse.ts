import { parse, type Program } from 'acorn';
import { CellSyntaxError, parserReason } from './errors';
import { ACORN_OPTIONS } from './parserOptions';
import { userPosition } from './stripTypes';

/**
 * Parses type-stripped cell code as a module body (so static imports and top-level await
 * parse). `source` is the user's original text, used to report errors where the user typed.
 */
export function parseCell(code: string, source: string): Program {
  try {
    return parse(code, ACORN_OPTIONS);
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } } | null)?.loc;
    if (!(error instanceof SyntaxError) || !loc) throw error;
    const { line, column } = userPosition(source, loc.line, loc.column + 1);
    throw CellSyntaxError.at(parserReason(error.message), line, column);
  }
}

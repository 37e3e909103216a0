import type { Program } from 'acorn';
import { CellSyntaxError } from './errors';
import { userPosition } from './stripTypes';

const EXPORT_MESSAGE = "Cells can't export; a top-level declaration is already visible to other cells — remove `export`.";

/** Throws CellSyntaxError at the first `export` statement: cells share names by declaring them, not exporting. */
export function rejectExports(program: Program, source: string): void {
  for (const statement of program.body) {
    if (
      statement.type === 'ExportNamedDeclaration' ||
      statement.type === 'ExportDefaultDeclaration' ||
      statement.type === 'ExportAllDeclaration'
    ) {
      const start = statement.loc?.start ?? { line: 1, column: 0 };
      const { line, column } = userPosition(source, start.line, start.column + 1);
      throw new CellSyntaxError(EXPORT_MESSAGE, line, column);
    }
  }
}

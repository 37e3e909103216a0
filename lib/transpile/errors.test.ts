import { describe, expect, it } from 'vitest';
import { CellSyntaxError, transpileCell } from './transpile';

/** The CellSyntaxError a cell throws, so tests can check where it points. */
function syntaxErrorOf(source: string): CellSyntaxError {
  try {
    transpileCell(source);
  } catch (error) {
    if (error instanceof CellSyntaxError) return error;
    throw error;
  }
  throw new Error('expected a CellSyntaxError');
}

describe('errors', () => {
  it('rejects export with a message that says what to do', () => {
    const error = syntaxErrorOf('const a = 1;\n  export const b = 2;');
    expect(error.message).toBe("Cells can't export; a top-level declaration is already visible to other cells — remove `export`.");
    expect([error.line, error.column]).toEqual([2, 3]);
  });

  it('reports a JavaScript syntax error at the user’s line and column', () => {
    const error = syntaxErrorOf('const a = 1;\nconst b = 2;\nlet c = @;');
    expect(error.message).toBe("Unexpected character '@' (line 3, column 9)");
    expect([error.line, error.column]).toEqual([3, 9]);
  });

  it('reports a TypeScript syntax error at the user’s line and column', () => {
    const error = syntaxErrorOf('const a = 1;\nlet b: = 2;');
    expect(error.message).toBe('Unexpected token (line 2, column 8)');
    expect([error.line, error.column]).toEqual([2, 8]);
  });

  it('maps columns of errors found after types were stripped back to the user’s text', () => {
    // Sucrase accepts this, acorn rejects the duplicate; `: number` was removed before acorn saw it.
    const error = syntaxErrorOf('let value: number = 1;\nlet other: string = "", value: number = 2;');
    expect(error.message).toBe("Identifier 'value' has already been declared (line 2, column 25)");
    expect([error.line, error.column]).toEqual([2, 25]);
  });

  it('rejects a top-level return', () => {
    expect(syntaxErrorOf('const a = 1;\nreturn a;').line).toBe(2);
  });

  it('is an Error named CellSyntaxError', () => {
    const error = syntaxErrorOf('(');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CellSyntaxError');
  });
});

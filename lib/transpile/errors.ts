/** A cell that cannot be compiled; `line` and `column` are 1-based positions in the user's source. */
export class CellSyntaxError extends Error {
  /** 1-based line in the user's source. */
  readonly line: number;
  /** 1-based column in the user's source. */
  readonly column: number;

  constructor(message: string, line: number, column: number) {
    super(message);
    this.name = 'CellSyntaxError';
    this.line = line;
    this.column = column;
  }

  /** A parser-style error whose message ends with the location, e.g. `Unexpected token (line 3, column 5)`. */
  static at(reason: string, line: number, column: number): CellSyntaxError {
    return new CellSyntaxError(`${reason} (line ${line}, column ${column})`, line, column);
  }
}

/** Removes the `(3:4)` suffix that acorn and sucrase append, so we can append user coordinates instead. */
export function parserReason(message: string): string {
  return message.replace(/\s*\(\d+:\d+\)\s*$/, '');
}

/** Converts a 0-based string offset into a 1-based line and column. */
export function locationOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}

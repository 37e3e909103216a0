/** One mapping segment: a generated column (0-based) and where it came from in the original. */
interface Segment {
  generatedColumn: number;
  originalLine: number;
  originalColumn: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one base64 VLQ segment (e.g. `AAAA`) into its signed numeric fields. */
function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Decodes source-map `mappings` into segments per generated line (0-based), ignoring names. */
function decodeMappings(mappings: string): Segment[][] {
  let originalLine = 0;
  let originalColumn = 0;
  return mappings.split(';').map((line) => {
    let generatedColumn = 0;
    const segments: Segment[] = [];
    for (const raw of line.split(',')) {
      if (!raw) continue;
      const [column, , lineDelta, columnDelta] = decodeVlq(raw);
      generatedColumn += column;
      if (lineDelta === undefined || columnDelta === undefined) continue;
      originalLine += lineDelta;
      originalColumn += columnDelta;
      segments.push({ generatedColumn, originalLine, originalColumn });
    }
    return segments;
  });
}

/**
 * Maps a 1-based (line, column) in generated code back to the original column using a
 * token-level source map; sucrase keeps lines, so only the column moves.
 */
export function originalColumn(mappings: string, line: number, column: number): number {
  const segments = decodeMappings(mappings)[line - 1] ?? [];
  const generated = column - 1;
  let best: Segment | undefined;
  for (const segment of segments) {
    if (segment.generatedColumn > generated) break;
    best = segment;
  }
  if (!best || best.originalLine !== line - 1) return column;
  return best.originalColumn + (generated - best.generatedColumn) + 1;
}

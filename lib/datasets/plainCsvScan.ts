/**
 * The fast way through a CSV with no quotes at all (most exported data): with no quoted fields a
 * row is a line and its fields are the delimiters plus one, so counting them is a scan of the text
 * with no arrays built, many times faster than a full parse. Lines holding only delimiters and
 * spaces are skipped, as papaparse's greedy skipEmptyLines does.
 */
import type { CsvShape } from './csvShapeType';

/** A row that doesn't match the header: its data row number (1 = first after the header) and line. */
export interface RaggedRow {
  row: number;
  line: number;
  fields: number;
}

/** True when the plain scan reads `text` exactly as papaparse would: no quotes, and \n or \r\n line ends. */
export function isPlainCsv(text: string): boolean {
  if (text.includes('"')) return false;
  const cr = text.indexOf('\r');
  return cr === -1 || text[cr + 1] === '\n';
}

/**
 * Scans quote-free CSV text. Returns the shape, or the first ragged row; `cut` shortens preview
 * cells. `onProgress` gets the fraction read every few tens of thousands of rows.
 */
export function scanPlainCsv(
  text: string,
  delimiter: string,
  previewRows: number,
  cut: (cell: string) => string,
  onProgress?: (fraction: number) => void,
): { shape: CsvShape } | { ragged: RaggedRow; columns: string[] } | { empty: true } {
  const d = delimiter.charCodeAt(0);
  const single = delimiter.length === 1;
  let columns: string[] | null = null;
  const rows: string[][] = [];
  let rowCount = 0;
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    line++;
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    let fields = 1;
    let blank = true;
    if (single) {
      for (let i = start; i < stop; i++) {
        const c = text.charCodeAt(i);
        if (c === d) fields++;
        else if (blank && c !== 32 && c !== 9) blank = false;
      }
    } else {
      const content = text.slice(start, stop);
      fields = content.split(delimiter).length;
      blank = content.split(delimiter).join('').trim() === '';
    }
    if (!blank) {
      const split = () =>
        text
          .slice(start, stop)
          .split(delimiter)
          .map((c) => c.trim());
      if (!columns) columns = split();
      else {
        rowCount++;
        if (fields !== columns.length) return { ragged: { row: rowCount, line, fields }, columns };
        if (rows.length < previewRows) rows.push(split().map(cut));
        if (onProgress && rowCount % 50_000 === 0) onProgress(end / text.length);
      }
    }
    start = end + 1;
  }
  return columns ? { shape: { columns, rows, rowCount } } : { empty: true };
}

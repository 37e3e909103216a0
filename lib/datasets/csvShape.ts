/**
 * Checks that uploaded CSV text is a table: a header row, then rows with as many fields as the
 * header. Parsed as datasets.csv parses it (papaparse, delimiter detected, blank lines skipped),
 * a row at a time, so a 200 MB file is never held as rows.
 */
import Papa from 'papaparse';

/** Rows kept for the preview. */
export const PREVIEW_ROWS = 5;
/** Preview cells longer than this are cut, with an ellipsis. */
const PREVIEW_CELL_CHARS = 40;

/** The CSV's shape: its header, the preview rows, how many data rows it has. */
export interface CsvShape {
  columns: string[];
  rows: string[][];
  rowCount: number;
}

/** A CSV that isn't a table; `row` is the data row (1 = the first row after the header), `line` the file's line. */
export class CsvShapeError extends Error {
  constructor(
    message: string,
    readonly row: number,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvShapeError';
  }
}

const cut = (cell: string) => (cell.length > PREVIEW_CELL_CHARS ? `${cell.slice(0, PREVIEW_CELL_CHARS - 1)}…` : cell);

/** 1-based line of the first non-blank character at or after `from`. */
function lineAt(text: string, from: number): number {
  let start = from;
  while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Reads the whole text and returns its shape, or throws CsvShapeError naming the first bad row.
 * `onProgress` gets the fraction read now and then (every few tens of thousands of rows).
 */
export function checkCsvShape(text: string, fileName: string, onProgress?: (fraction: number) => void): CsvShape {
  let columns = null as string[] | null;
  const rows: string[][] = [];
  let rowCount = 0;
  let rowStart = 0;
  let failure = null as CsvShapeError | null;

  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step(result, parser) {
      const fields = result.data;
      // The delimiter guess falls back to ',' for a one-column file; that is not a problem.
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        const line = lineAt(text, rowStart);
        failure = new CsvShapeError(
          `${fileName}: ${columns ? `row ${rowCount + 1}` : 'the header row'} (line ${line}) has a quoted field that is not closed: ${quoteError.message}. ` +
            'Every " that opens a field needs a closing "; write a " inside a field as "".',
          rowCount + 1,
          line,
        );
        parser.abort();
        return;
      }
      if (!columns) {
        columns = fields.map((c) => c.trim());
      } else {
        rowCount++;
        if (fields.length !== columns.length) {
          const line = lineAt(text, rowStart);
          failure = new CsvShapeError(
            `${fileName}: row ${rowCount} (line ${line} of the file) has ${fields.length} field${fields.length === 1 ? '' : 's'}, but the header has ${columns.length} (${columns.join(', ')}). ` +
              `Fix that row so every row has ${columns.length} fields (a comma inside a value needs the value in "quotes"), then upload the file again.`,
            rowCount,
            line,
          );
          parser.abort();
          return;
        }
        if (rows.length < PREVIEW_ROWS) rows.push(fields.map((c) => cut(c.trim())));
        if (onProgress && rowCount % 50_000 === 0) onProgress(result.meta.cursor / text.length);
      }
      rowStart = result.meta.cursor;
    },
  });
  if (failure) throw failure;
  if (!columns) throw new CsvShapeError(`${fileName} has no header row: the file holds no text. A CSV starts with a row of column names.`, 0, 1);
  return { columns, rows, rowCount };
}

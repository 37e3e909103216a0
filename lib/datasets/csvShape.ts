/**
 * Checks that uploaded CSV text is a table: a header row, then rows with as many fields as the
 * header. Read as datasets.csv reads it (papaparse's delimiter guess, blank lines skipped): text
 * with no quotes by a plain scan, other text by papaparse a row at a time, so a 200 MB file is
 * never held as rows.
 */
import Papa from 'papaparse';
import { isPlainCsv, scanPlainCsv } from './plainCsvScan';
import type { CsvShape } from './csvShapeType';

/** Rows kept for the preview. */
export const PREVIEW_ROWS = 5;
/** Preview cells longer than this are cut, with an ellipsis. */
const PREVIEW_CELL_CHARS = 40;

export type { CsvShape } from './csvShapeType';

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

/** 1-based line of the first line at or after `from` that isn't skipped as blank (only spaces and delimiters). */
function lineAt(text: string, from: number, delimiter: string): number {
  let start = from;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (text.slice(start, end).split(delimiter).join('').trim() !== '') break;
    start = end + 1;
  }
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function raggedError(fileName: string, row: number, line: number, fields: number, columns: string[]): CsvShapeError {
  return new CsvShapeError(
    `${fileName}: row ${row} (line ${line} of the file) has ${fields} field${fields === 1 ? '' : 's'}, but the header has ${columns.length} (${columns.join(', ')}). ` +
      `Fix that row so every row has ${columns.length} fields (a comma inside a value needs the value in "quotes"), then upload the file again.`,
    row,
    line,
  );
}

const noHeader = (fileName: string) =>
  new CsvShapeError(`${fileName} has no header row: the file holds no text. A CSV starts with a row of column names.`, 0, 1);

/**
 * Reads the whole text and returns its shape, or throws CsvShapeError naming the first bad row.
 * `onProgress` gets the fraction read now and then (every few tens of thousands of rows).
 */
export function checkCsvShape(text: string, fileName: string, onProgress?: (fraction: number) => void): CsvShape {
  if (isPlainCsv(text)) {
    const { delimiter } = Papa.parse<string[]>(text.slice(0, 64 * 1024), { preview: 10, skipEmptyLines: 'greedy' }).meta;
    const scan = scanPlainCsv(text, delimiter, PREVIEW_ROWS, cut, onProgress);
    if ('shape' in scan) return scan.shape;
    if ('empty' in scan) throw noHeader(fileName);
    throw raggedError(fileName, scan.ragged.row, scan.ragged.line, scan.ragged.fields, scan.columns);
  }
  return parseQuotedCsv(text, fileName, onProgress);
}

function parseQuotedCsv(text: string, fileName: string, onProgress?: (fraction: number) => void): CsvShape {
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
        const line = lineAt(text, rowStart, result.meta.delimiter);
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
          failure = raggedError(fileName, rowCount, lineAt(text, rowStart, result.meta.delimiter), fields.length, columns);
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
  if (!columns) throw noHeader(fileName);
  return { columns, rows, rowCount };
}

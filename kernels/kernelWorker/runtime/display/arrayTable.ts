/**
 * Arrays that read as tables (records, lists of values, 2D arrays) become TABLE_MIME payloads,
 * laid out as console.table does: an "(index)" column, then one column per key.
 */
import type { TableCell, TableData } from '../../../../lib/outputs/mime';
import { inspect, type InspectOptions } from './inspect';

/** Rows kept in a table payload; totalRows still tells how many there were. */
export const MAX_TABLE_ROWS = 100;
/** Columns kept; wider data (a row of 784 pixels) says so in the caption. */
export const MAX_TABLE_COLUMNS = 50;

const INDEX_COLUMN = '(index)';
const VALUES_COLUMN = 'Values';

/**
 * Makes any value a JSON-safe table cell: JSON has no NaN, Infinity or bigint, and objects
 * become their short inspect text so the cell still says what was there.
 */
export function toTableCell(value: unknown, describe?: InspectOptions['describe']): TableCell {
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'string':
    case 'boolean':
      return value;
    case 'undefined':
      return null;
    case 'bigint':
      return `${value}n`;
  }
  if (value === null) return null;
  if (value instanceof Date) return inspect(value);
  return inspect(value, { depth: 0, maxArrayLength: 10, maxStringLength: 200, breakLength: Infinity, describe });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isPrimitive(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

/** The table's columns, keeping at most MAX_TABLE_COLUMNS and saying so in the caption. */
function limitColumns(keys: string[]): { keys: string[]; caption?: string } {
  if (keys.length <= MAX_TABLE_COLUMNS) return { keys };
  return {
    keys: keys.slice(0, MAX_TABLE_COLUMNS),
    caption: `Showing the first ${MAX_TABLE_COLUMNS} of ${keys.length} columns`,
  };
}

/**
 * Returns a table for an array of plain objects, of primitives, or of arrays of primitives;
 * null for anything else (empty or mixed arrays), which then prints as text.
 */
export function arrayTable(values: unknown[], describe?: InspectOptions['describe']): TableData | null {
  if (values.length === 0) return null;
  const shown = values.slice(0, MAX_TABLE_ROWS);
  const cell = (v: unknown) => toTableCell(v, describe);
  const table = (keys: string[], rowOf: (v: unknown) => TableCell[], caption?: string): TableData => ({
    columns: [INDEX_COLUMN, ...keys],
    rows: shown.map((v, i) => [i, ...rowOf(v)]),
    totalRows: values.length,
    ...(caption ? { caption } : {}),
  });

  if (values.every(isPlainObject)) {
    // Union of keys in first-seen order, as console.table does; only shown rows are scanned.
    const union = new Set<string>();
    for (const row of shown as Record<string, unknown>[]) for (const key of Object.keys(row)) union.add(key);
    const { keys, caption } = limitColumns([...union]);
    return table(keys, (v) => keys.map((k) => cell((v as Record<string, unknown>)[k])), caption);
  }
  if (values.every(isPrimitive)) return table([VALUES_COLUMN], (v) => [cell(v)]);
  // Only the shown rows' cells are checked: a 60000 x 784 array should not cost 47M checks.
  if (values.every(Array.isArray) && (shown as unknown[][]).every((row) => row.every(isPrimitive))) {
    const width = Math.max(...(shown as unknown[][]).map((row) => row.length));
    const { keys, caption } = limitColumns(Array.from({ length: width }, (_, i) => String(i)));
    return table(keys, (v) => keys.map((_, i) => cell((v as unknown[])[i])), caption);
  }
  return null;
}

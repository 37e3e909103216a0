/**
 * The data of a Vega-Lite twin, inline as CSV text. Jupyter writes .ipynb with one JSON value per
 * line, so `[{ "series": …, "x": …, "y": … }]` costs five lines and ~60 bytes a point; a CSV
 * string is one line and ~15 bytes a point, and Vega reads it the same (`format: { type: 'csv' }`).
 */

/** Significant digits kept of a fraction: far more than a 480-pixel chart or a 4-digit tooltip can show. */
const DIGITS = 6;

/**
 * A value as a CSV field: integers (steps, epochs, counts) whole, other numbers shortened, text
 * quoted when it holds a comma, quote or line break.
 */
function field(value: string | number): string {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(DIGITS)));
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Inline CSV data with the numeric columns parsed as numbers (CSV itself has no types). */
export function csvData(columns: string[], rows: (string | number)[][], numeric: string[]): Record<string, unknown> {
  const lines = [columns.map(field), ...rows.map((row) => row.map(field))].map((cells) => cells.join(','));
  return {
    values: `${lines.join('\n')}\n`,
    format: { type: 'csv', parse: Object.fromEntries(numeric.map((column) => [column, 'number'])) },
  };
}

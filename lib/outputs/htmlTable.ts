/**
 * Writes HTML tables for the `text/html` twins of our outputs. Every piece of text in them came
 * from a cell (labels, column names, class names), and the file may be opened in a tool that
 * renders HTML from notebooks, so text is escaped here, in one place, and nothing else builds
 * markup by hand.
 */

/** Text made safe to place between tags or inside a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** One row: an optional header cell (the row's label), then data cells; all plain text. */
export interface HtmlTableRow {
  header?: string;
  cells: string[];
}

/** A table to write: plain text everywhere, escaped on the way out. */
export interface HtmlTableSpec {
  caption?: string;
  /** Column headers; a row label column, when rows have headers, needs its own (possibly empty) header. */
  columns: string[];
  rows: HtmlTableRow[];
  /** Summary rows (totals, averages), written in a <tfoot>. */
  footer?: HtmlTableRow[];
}

function rowHtml(row: HtmlTableRow): string {
  const header = row.header === undefined ? '' : `<th>${escapeHtml(row.header)}</th>`;
  return `<tr>${header}${row.cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`;
}

/** The table as HTML: one line per row, so a diff of the exported file stays readable. */
export function htmlTable(spec: HtmlTableSpec): string {
  const lines = ['<table>'];
  if (spec.caption !== undefined) lines.push(`<caption>${escapeHtml(spec.caption)}</caption>`);
  lines.push(`<thead><tr>${spec.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead>`);
  lines.push('<tbody>', ...spec.rows.map(rowHtml), '</tbody>');
  if (spec.footer && spec.footer.length > 0) lines.push('<tfoot>', ...spec.footer.map(rowHtml), '</tfoot>');
  lines.push('</table>');
  return `${lines.join('\n')}\n`;
}

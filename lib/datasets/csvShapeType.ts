/** The CSV's shape: its header, the preview rows, how many data rows it has. */
export interface CsvShape {
  columns: string[];
  rows: string[][];
  rowCount: number;
}

import { withStandardTwins } from '../outputs/standardTwins';
import { toNbformatCellIds } from './cellIds';
import { exportCellMetadata, exportNotebookMetadata } from './ipynbMetadata';
import { isJsonMime, type IpynbCell, type IpynbMimeBundle, type IpynbNotebook, type IpynbOutput } from './ipynbSchema';
import type { Cell, MimeBundle, Notebook, Output } from './types';

/**
 * Splits text into lines that keep their "\n" (the last one without), as Jupyter writes source
 * and text outputs, so that a saved notebook diffs line by line in git. Joining gives the text back.
 */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Text MIME types Jupyter writes as lines (nbformat's `_split_mime_bundle`). */
function isLineSplitMime(mime: string): boolean {
  return mime.startsWith('text/') || mime === 'application/javascript' || mime === 'image/svg+xml';
}

function exportMimeBundle(bundle: MimeBundle): IpynbMimeBundle {
  const out: IpynbMimeBundle = {};
  for (const [mime, value] of Object.entries(bundle)) {
    if (value === undefined) continue;
    if (isJsonMime(mime)) out[mime] = value;
    else if (typeof value === 'string') out[mime] = isLineSplitMime(mime) ? splitLines(value) : value;
    // nbformat only allows text for non-JSON types; keep the value readable rather than lose it.
    else out[mime] = JSON.stringify(value);
  }
  return out;
}

const promptNumber = (n: number | null) => (Number.isInteger(n) && (n as number) >= 0 ? n : null);

/** Options for toIpynb and serializeIpynb. */
export interface IpynbExportOptions {
  /**
   * Add standard twins (HTML tables, Vega-Lite charts) beside our own output types, so the file
   * renders in JupyterLab, VS Code, GitHub and nbviewer. Default true; share links, which only
   * Sparkbook opens, leave them out to stay short.
   */
  standardTwins?: boolean;
}

function exportOutput(output: Output, options: IpynbExportOptions): IpynbOutput {
  const data = (bundle: MimeBundle) => exportMimeBundle(options.standardTwins === false ? bundle : withStandardTwins(bundle));
  switch (output.output_type) {
    case 'stream':
      return { output_type: 'stream', name: output.name, text: splitLines(output.text) };
    case 'display_data':
      // `transient` (live display ids) is runtime state; nbformat forbids it in files.
      return { output_type: 'display_data', data: data(output.data), metadata: { ...output.metadata } };
    case 'execute_result':
      return {
        output_type: 'execute_result',
        execution_count: promptNumber(output.execution_count),
        data: data(output.data),
        metadata: { ...output.metadata },
      };
    case 'error':
      return { output_type: 'error', ename: output.ename, evalue: output.evalue, traceback: [...output.traceback] };
  }
}

function exportCell(cell: Cell, id: string, options: IpynbExportOptions): IpynbCell {
  const metadata = exportCellMetadata(cell.cell_type, cell.metadata);
  const source = splitLines(cell.source);
  if (cell.cell_type === 'code') {
    return {
      id,
      cell_type: 'code',
      metadata,
      source,
      outputs: cell.outputs.map((output) => exportOutput(output, options)),
      execution_count: promptNumber(cell.execution_count),
    };
  }
  const attachments = cell.attachments
    ? Object.fromEntries(Object.entries(cell.attachments).map(([name, bundle]) => [name, exportMimeBundle(bundle)]))
    : undefined;
  return { id, cell_type: cell.cell_type, metadata, source, ...(attachments ? { attachments } : {}) };
}

/** The notebook as nbformat 4.5, ready for JSON.stringify; Jupyter opens it as is. */
export function toIpynb(nb: Notebook, options: IpynbExportOptions = {}): IpynbNotebook {
  const ids = toNbformatCellIds(nb.cells.map((cell) => cell.id));
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: exportNotebookMetadata(nb),
    cells: nb.cells.map((cell, i) => exportCell(cell, ids[i], options)),
  };
}

/** Object keys in sorted order, as Python's json.dumps(sort_keys=True) writes them. */
function sortKeys(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((k) => [k, record[k]]),
  );
}

/**
 * The .ipynb file text, byte for byte as Jupyter formats it (sorted keys, indent 1, trailing
 * newline), so a notebook saved here and then in Jupyter shows only real changes in git.
 */
export function serializeIpynb(nb: Notebook, options: IpynbExportOptions = {}): string {
  return `${JSON.stringify(toIpynb(nb, options), sortKeys, 1)}\n`;
}

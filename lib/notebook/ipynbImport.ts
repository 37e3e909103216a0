import { toNbformatCellIds } from './cellIds';
import { newNotebookId } from './ids';
import { isPlainObject, languageOf, titleOf } from './ipynbMetadata';
import { ipynbNotebookSchema, type ParsedIpynb } from './ipynbSchema';
import { relaxNewerMinorVersion } from './newerMinorVersion';
import type { Cell, Notebook, Output } from './types';
import { describeZodError, formatIssuePath } from './zodIssues';

/** The largest .ipynb the importer accepts; bigger files are almost always huge saved outputs. */
export const MAX_IPYNB_BYTES = 50 * 1024 * 1024;

/** Why a file can't be imported; `message` is written for the user and says what to do next. */
export class NotebookImportError extends Error {
  /** The key path of the offending field (e.g. `cells[3].source`), when one field is to blame. */
  readonly path?: string;

  constructor(message: string, options?: { path?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'NotebookImportError';
    this.path = options?.path;
  }
}

const describeFile = (fileName?: string) => (fileName ? `"${fileName}"` : 'This file');

/** Call with File.size before reading a file, so a huge one isn't read into memory at all. */
export function checkIpynbSize(bytes: number, fileName?: string): void {
  if (bytes <= MAX_IPYNB_BYTES) return;
  const mb = (n: number) => `${Number((n / (1024 * 1024)).toFixed(1))} MB`;
  throw new NotebookImportError(
    `${describeFile(fileName)} is ${mb(bytes)}; notebooks up to ${mb(MAX_IPYNB_BYTES)} can be imported. ` +
      'Clear its outputs in Jupyter (Edit ▸ Clear Outputs of All Cells), save it, and import it again.',
  );
}

/** Options for parseIpynb. */
export interface ParseIpynbOptions {
  /** The file's name: names the file in errors and titles a notebook that has no title of its own. */
  fileName?: string;
  /** createdAt/updatedAt of the imported notebook; defaults to Date.now(). */
  now?: number;
}

/** Reads a Jupyter .ipynb file (nbformat 4.x); throws NotebookImportError when it can't. */
export function parseIpynb(text: string, opts: ParseIpynbOptions = {}): Notebook {
  const file = describeFile(opts.fileName);
  const parsedJson = parseJson(text, file);
  checkIsNotebook(parsedJson, file);
  const { raw, notes } = relaxNewerMinorVersion(parsedJson);

  const result = ipynbNotebookSchema.safeParse(raw);
  if (!result.success) {
    throw new NotebookImportError(
      `${file} isn't a valid Jupyter notebook: ${describeZodError(result.error)}. ` +
        'Fix it in a text editor, or open the notebook in Jupyter and save it again.',
      { path: formatIssuePath(result.error.issues[0]?.path ?? []), cause: result.error },
    );
  }
  checkUniqueCellIds(result.data, file);
  const notebook = toNotebook(result.data, opts);
  return notes.length > 0 ? { ...notebook, importNotes: notes } : notebook;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new NotebookImportError(`${file} is not valid JSON (${reason}). Is it a Jupyter .ipynb file?`, { cause: error });
  }
}

/** Checks the version before the shape: nbformat 3 has "worksheets", not "cells". */
function checkIsNotebook(raw: unknown, file: string): asserts raw is Record<string, unknown> {
  const notANotebook = () =>
    new NotebookImportError(
      `${file} is JSON but not a Jupyter notebook (it has no "nbformat" version and "cells" list). ` +
        'Choose an .ipynb file saved by Jupyter, JupyterLab, VS Code or Colab.',
    );
  if (!isPlainObject(raw) || typeof raw.nbformat !== 'number') throw notANotebook();
  if (raw.nbformat < 4) {
    throw new NotebookImportError(
      `${file}: nbformat ${raw.nbformat} notebooks can't be opened; open it in Jupyter and save it again (nbformat 4).`,
    );
  }
  if (raw.nbformat > 4) {
    throw new NotebookImportError(
      `${file}: nbformat ${raw.nbformat} is newer than Sparkbook understands; ` + 'save a copy from Jupyter in nbformat 4 and import that.',
    );
  }
  if (!Array.isArray(raw.cells)) throw notANotebook();
}

function checkUniqueCellIds(parsed: ParsedIpynb, file: string): void {
  const firstIndex = new Map<string, number>();
  parsed.cells.forEach((cell, index) => {
    if (cell.id === undefined) return;
    const first = firstIndex.get(cell.id);
    if (first === undefined) {
      firstIndex.set(cell.id, index);
      return;
    }
    throw new NotebookImportError(
      `${file}: cell id "${cell.id}" appears twice (cells ${first + 1} and ${index + 1}); cell ids must be unique. ` +
        'Give one of them a different "id" (or delete that "id" field) and import again.',
      { path: `cells[${index}].id` },
    );
  });
}

function toNotebook(parsed: ParsedIpynb, opts: ParseIpynbOptions): Notebook {
  const now = opts.now ?? Date.now();
  // Ids are optional before nbformat 4.5, and other tools may write ones 4.5 doesn't allow.
  const ids = toNbformatCellIds(parsed.cells.map((cell) => cell.id));
  const cells = parsed.cells.map((cell, i): Cell => {
    const base = { id: ids[i], source: cell.source, metadata: cell.metadata };
    if (cell.cell_type === 'code') {
      const outputs: Output[] = cell.outputs;
      return { ...base, cell_type: 'code', outputs, execution_count: cell.execution_count };
    }
    return {
      ...base,
      cell_type: cell.cell_type,
      outputs: [],
      execution_count: null,
      ...(cell.attachments ? { attachments: cell.attachments } : {}),
    };
  });
  const fileTitle = opts.fileName?.replace(/\.ipynb$/i, '').trim();
  return {
    id: newNotebookId(),
    title: titleOf(parsed.metadata) ?? (fileTitle || 'Untitled'),
    cells,
    language: languageOf(parsed.metadata),
    metadata: parsed.metadata,
    createdAt: now,
    updatedAt: now,
    origin: 'import',
    // Whatever the file says about itself (metadata is kept as is), its code is someone else's.
    trusted: false,
  };
}

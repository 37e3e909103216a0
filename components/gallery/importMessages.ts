/**
 * The messages between the gallery and the worker that imports a .ipynb file
 * (ipynbImport.worker.ts): one request, one reply, matched by id.
 */
import type { NotebookId } from '../../lib/notebook/ids';

/** Import this file: read, parse, validate and store it. */
export interface ImportRequest {
  type: 'import';
  id: number;
  file: File;
}

/** The reply: the stored notebook's id, or why the file was refused. */
export type ImportReply =
  | { type: 'imported'; id: number; notebookId: NotebookId }
  /** `userError`: a NotebookImportError, whose message is written for the user; otherwise an unexpected failure. */
  | { type: 'failed'; id: number; message: string; path?: string; userError: boolean };

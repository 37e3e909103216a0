/**
 * The messages between the notebook page and the worker that reads a notebook from IndexedDB
 * (notebookRead.worker.ts). One request; the reply is the notebook's skeleton, then its parts,
 * one message each (notebookParts.ts), or why it could not be read.
 */
import type { NotebookId } from '../../lib/notebook/ids';
import type { Notebook } from '../../lib/notebook/types';
import type { NotebookPart } from './notebookParts';

/** Read this notebook. */
export interface ReadRequest {
  type: 'read';
  id: number;
  notebookId: NotebookId;
}

export type ReadReply =
  /** No notebook has this id. */
  | { type: 'missing'; id: number }
  /** The validated notebook with its long strings and arrays left out; `parts` messages follow. */
  | { type: 'skeleton'; id: number; skeleton: Notebook; parts: number }
  | { type: 'part'; id: number; part: NotebookPart }
  /** The record could not be read; `message` is written for the user. */
  | { type: 'failed'; id: number; message: string };

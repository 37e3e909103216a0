/**
 * The messages between the page and the worker that checks and stores an upload
 * (dataUpload.worker.ts). One request per file; progress replies, then stored or refused.
 */
import type { DatasetRecord } from '../../lib/datasets/datasetRecord';

/** Check this file and, if it passes, store it under its name. */
export interface UploadRequest {
  type: 'upload';
  id: number;
  file: File;
}

/** What the worker is doing: reading the file, checking it (with the fraction of a CSV read), storing it. */
export type UploadPhase = 'reading' | 'checking' | 'storing';

export type UploadReply =
  | { type: 'progress'; id: number; phase: UploadPhase; fraction?: number }
  /** Stored whole; `replaced` when an upload of that name was there before. */
  | { type: 'stored'; id: number; record: DatasetRecord; replaced: boolean }
  /** Not stored; `message` is written for the user. */
  | { type: 'refused'; id: number; message: string };

'use client';
/** Upload data: the picker and drop zone, with what the upload worker is doing meanwhile. */
import { formatSize, MAX_UPLOAD_BYTES } from '../../lib/datasets/datasetRecord';
import { FileDropZone } from '../shell/FileDropZone';
import type { UploadUnderWay } from './useUploadedData';

const PHASES = { reading: 'Reading', checking: 'Checking', storing: 'Storing' } as const;

export function DataUpload({
  uploading,
  compact,
  onFiles,
}: {
  uploading: UploadUnderWay | null;
  compact?: boolean;
  onFiles(files: File[]): void;
}) {
  const hint = uploading
    ? `${PHASES[uploading.phase]} ${uploading.name}…${uploading.fraction !== undefined ? ` ${Math.round(uploading.fraction * 100)}%` : ''}`
    : compact
      ? `or drop files here (CSV, JSON or any file; up to ${formatSize(MAX_UPLOAD_BYTES)})`
      : `or drop files here: CSV (with a header row), JSON, or any other file as bytes, up to ${formatSize(MAX_UPLOAD_BYTES)} each`;
  return (
    <FileDropZone
      label="Upload data"
      busyLabel="Uploading…"
      busy={uploading !== null}
      hint={hint}
      inputLabel="Data files to upload"
      multiple
      compact={compact}
      onFiles={onFiles}
    />
  );
}

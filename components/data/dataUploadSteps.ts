/**
 * One upload from start to end: refuse early what the name or size rules out, read the file,
 * check it whole, and only then store it (metadata and bytes in one transaction). Runs in the
 * upload worker; on this thread only where workers are missing.
 */
import { checkUpload, checkUploadName, checkUploadSize } from '../../lib/datasets/checkUpload';
import type { DatasetRecord } from '../../lib/datasets/datasetRecord';
import type { DatasetStore } from '../../lib/persistence/datasetStore';
import type { UploadPhase } from './dataUploadMessages';

export async function checkAndStore(
  store: DatasetStore,
  file: File,
  progress: (phase: UploadPhase, fraction?: number) => void,
): Promise<{ record: DatasetRecord; replaced: boolean }> {
  checkUploadName(file.name);
  checkUploadSize(file.name, file.size);
  progress('reading');
  const buffer = await file.arrayBuffer();
  progress('checking', 0);
  const checked = checkUpload(file.name, new Uint8Array(buffer), { onProgress: (f) => progress('checking', f) });
  progress('storing');
  return store.put(checked, buffer);
}

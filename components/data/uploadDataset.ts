/**
 * The page's end of the upload worker (dataUpload.worker.ts): checks and stores one file off the
 * page's thread, reporting progress. Where workers are missing (unit tests) it runs here.
 */
import type { DatasetRecord } from '../../lib/datasets/datasetRecord';
import { createIdbDatasetStore } from '../../lib/persistence/datasetStoreIdb';
import type { UploadPhase, UploadReply, UploadRequest } from './dataUploadMessages';
import { checkAndStore } from './dataUploadSteps';

let nextRequestId = 1;

export type UploadProgress = (phase: UploadPhase, fraction?: number) => void;

/** Resolves once the file is stored whole; rejects with a message for the user, and nothing stored. */
export async function uploadDataset(file: File, onProgress: UploadProgress): Promise<{ record: DatasetRecord; replaced: boolean }> {
  if (typeof Worker === 'undefined') return checkAndStore(createIdbDatasetStore(), file, onProgress);
  const worker = new Worker(new URL('./dataUpload.worker.ts', import.meta.url), { type: 'module', name: 'sparkbook-data-upload' });
  const request: UploadRequest = { type: 'upload', id: nextRequestId++, file };
  try {
    return await new Promise((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<UploadReply>) => {
        const message = e.data;
        if (message.id !== request.id) return;
        switch (message.type) {
          case 'progress':
            return onProgress(message.phase, message.fraction);
          case 'stored':
            return resolve({ record: message.record, replaced: message.replaced });
          case 'refused':
            return reject(new Error(message.message));
          default: {
            const unexpected: never = message;
            return reject(new Error(`Unexpected message from the upload worker: ${JSON.stringify(unexpected)}`));
          }
        }
      };
      worker.onerror = (e) =>
        reject(
          new Error(
            `The upload stopped unexpectedly (${e.message || 'the upload worker failed to start'}); nothing was stored. Reload the page and try again.`,
          ),
        );
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}

/// <reference lib="webworker" />
/**
 * Upload worker entry: receive a file, check it and store it (dataUploadSteps.ts), reply with
 * progress and the outcome. Reading, decoding and parsing a 200 MB file take seconds; here they
 * don't take the page's thread.
 */
import { createIdbDatasetStore } from '../../lib/persistence/datasetStoreIdb';
import { checkAndStore } from './dataUploadSteps';
import type { UploadReply, UploadRequest } from './dataUploadMessages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const store = createIdbDatasetStore();
const reply = (message: UploadReply) => scope.postMessage(message);

scope.onmessage = async (e: MessageEvent<UploadRequest>) => {
  const { id, file } = e.data;
  try {
    const { record, replaced } = await checkAndStore(store, file, (phase, fraction) => reply({ type: 'progress', id, phase, fraction }));
    reply({ type: 'stored', id, record, replaced });
  } catch (error) {
    reply({ type: 'refused', id, message: (error as Error)?.message ?? String(error) });
  }
};

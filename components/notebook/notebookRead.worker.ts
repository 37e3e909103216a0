/// <reference lib="webworker" />
/**
 * Notebook-reading worker entry: receive a notebook id, read and validate the record from
 * IndexedDB, reply with its skeleton and then its parts (notebookParts.ts). Copying a big record
 * out of storage and checking it take the page's thread for as long as they last; here they
 * don't, and the page takes the notebook in a part per task.
 */
import { createIdbNotebookStore } from '../../lib/persistence/idbNotebookStore';
import { splitIntoParts } from './notebookParts';
import type { ReadReply, ReadRequest } from './notebookReadMessages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// The page adopts what this worker reads (its next save writes only changes): that needs every
// notebook it reads stored with its outputs apart.
const store = createIdbNotebookStore('sparkbook', { moveInlineOutputsOnRead: true });
const reply = (message: ReadReply) => scope.postMessage(message);

scope.onmessage = async (e: MessageEvent<ReadRequest>) => {
  const { id, notebookId } = e.data;
  try {
    const nb = await store.get(notebookId);
    if (!nb) return reply({ type: 'missing', id });
    const { skeleton, parts } = splitIntoParts(nb);
    reply({ type: 'skeleton', id, skeleton, parts: parts.length });
    for (const part of parts) reply({ type: 'part', id, part });
  } catch (error) {
    reply({ type: 'failed', id, message: (error as Error)?.message ?? String(error) });
  }
};

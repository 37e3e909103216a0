/**
 * The page's end of the notebook-reading worker (notebookRead.worker.ts): reads a notebook from
 * this browser's storage without a long task on the page's thread, however big it is. Resolves
 * with the notebook, or undefined when there is none with this id. Where workers are missing
 * (unit tests, very old browsers) it reads on this thread.
 */
import type { NotebookId } from '../../lib/notebook/ids';
import type { Notebook } from '../../lib/notebook/types';
import { notebookStore } from '../../lib/state/browserStores';
import { PartAssembler } from './notebookParts';
import type { ReadReply, ReadRequest } from './notebookReadMessages';

let nextRequestId = 1;

export async function readNotebookInWorker(notebookId: NotebookId): Promise<Notebook | undefined> {
  if (typeof Worker === 'undefined') return notebookStore().get(notebookId);
  const worker = new Worker(new URL('./notebookRead.worker.ts', import.meta.url), { type: 'module', name: 'sparkbook-notebook-read' });
  const request: ReadRequest = { type: 'read', id: nextRequestId++, notebookId };
  try {
    return await new Promise<Notebook | undefined>((resolve, reject) => {
      let assembler: PartAssembler<Notebook> | null = null;
      let waiting = 0;
      // Each message is its own task: the notebook's parts are copied in one at a time.
      worker.onmessage = (e: MessageEvent<ReadReply>) => {
        const message = e.data;
        if (message.id !== request.id) return;
        switch (message.type) {
          case 'missing':
            return resolve(undefined);
          case 'failed':
            return reject(new Error(message.message));
          case 'skeleton':
            assembler = new PartAssembler(message.skeleton);
            waiting = message.parts;
            break;
          case 'part':
            assembler?.add(message.part);
            waiting--;
            break;
          default: {
            const unexpected: never = message;
            return reject(new Error(`Unexpected message from the reading worker: ${JSON.stringify(unexpected)}`));
          }
        }
        if (assembler && waiting === 0) {
          try {
            const nb = assembler.finish();
            // The page's store saves this notebook from now on: only what changes needs writing.
            notebookStore().adopt?.(nb);
            resolve(nb);
          } catch (error) {
            reject(error);
          }
        }
      };
      worker.onmessageerror = () => reject(new Error('The notebook could not be passed to the page. Reload the page.'));
      worker.onerror = (e) =>
        reject(
          new Error(`Reading the notebook stopped unexpectedly (${e.message || 'the reading worker failed to start'}). Reload the page.`),
        );
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}

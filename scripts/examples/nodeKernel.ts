/**
 * Runs a notebook's code cells in Node the way the browser does: the real Kernel (cell runner,
 * builtins, spark) with in-process executors over MessageChannels (as testing/testCluster.ts
 * does), on the WASM backend, datasets read from public/. For checking the examples' numbers and
 * tuning them without a browser; the e2e specs check them in Chromium.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { asExecutorId, type ExecutorId, type ExecutorTask } from '../../kernels/wire/kernelExecutorProtocol';
import { ExecutorRuntime } from '../../kernels/executorWorker/executorRuntime';
import { Kernel } from '../../kernels/kernelWorker/runtime/kernel';
import { kernelEventSchema, type KernelEvent } from '../../kernels/wire/pageKernelProtocol';
import { checkArrival } from '../../kernels/wire/checkArrival';
import { asCellId } from '../../lib/notebook/ids';
import { parseIpynb } from '../../lib/notebook/ipynb';
import type { Output } from '../../lib/notebook/types';
import { createMemoryModelStore } from '../../lib/persistence/modelStoreMemory';
import { createMemoryDatasetStore } from '../../lib/persistence/datasetStoreMemory';

const ORIGIN = 'http://sparkbook.local';

/** Serves /datasets/* from public/, as the app's server would. */
function serveDatasets(root: string) {
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url, ORIGIN);
    if (url.origin !== ORIGIN) throw new Error(`nodeKernel: refusing ${url.href}`);
    try {
      return new Response(await readFile(join(root, 'public', decodeURIComponent(url.pathname))));
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
  return () => {
    globalThis.fetch = original;
  };
}

/** One cell's result. */
export interface CellRun {
  index: number;
  status: 'ok' | 'error' | 'interrupted';
  outputs: Output[];
  seconds: number;
}

/** The text an output shows (text/plain of a bundle, a stream's text, an error's name and message). */
export function outputText(output: Output): string {
  switch (output.output_type) {
    case 'stream':
      return output.text;
    case 'error':
      return `${output.ename}: ${output.evalue}`;
    default:
      return String(output.data['text/plain'] ?? '');
  }
}

/** Runs every code cell of the .ipynb text in order, stopping at the first error (as Run all does). */
export async function runNotebook(
  ipynbText: string,
  { root, onCell }: { root: string; onCell?: (run: CellRun, source: string) => void },
): Promise<CellRun[]> {
  await tf.setBackend('wasm');
  await tf.ready();
  const restoreFetch = serveDatasets(root);
  const notebook = parseIpynb(ipynbText);
  const waiting = new Map<number, (status: CellRun['status']) => void>();
  const outputs = new Map<number, Output[]>();
  const ports: MessagePort[] = [];
  let nextExecutor = 1;
  const executors: ExecutorId[] = [];

  const post = (event: KernelEvent) => {
    // Every event the examples make must match the wire schema the page checks in development.
    checkArrival(kernelEventSchema, event, 'kernel -> page');
    switch (event.type) {
      case 'output':
        outputs.get(event.requestId)?.push(event.output);
        return;
      case 'execute-reply':
        waiting.get(event.id)?.(event.status);
        return;
      case 'cluster-resize':
        resize(event.count);
        return;
      default:
        return;
    }
  };
  const models = createMemoryModelStore();
  const uploads = createMemoryDatasetStore();
  const kernel = new Kernel(
    post,
    ORIGIN,
    () => models,
    () => uploads,
  );

  function resize(count: number) {
    while (executors.length < count) {
      const executorId = asExecutorId(String(nextExecutor++));
      const channel = new MessageChannel();
      const runtime = new ExecutorRuntime(executorId, 'wasm');
      let queue = Promise.resolve();
      channel.port1.onmessage = (e: MessageEvent<ExecutorTask>) => {
        queue = queue.then(() =>
          runtime.handle(e.data, (reply, transfer) => channel.port1.postMessage(reply, (transfer ?? []) as Transferable[])),
        );
      };
      ports.push(channel.port1, channel.port2);
      executors.push(executorId);
      kernel.handle({ type: 'executor-attached', executorId, port: channel.port2, backend: 'wasm' });
    }
    while (executors.length > count) {
      kernel.handle({ type: 'executor-detached', executorId: executors.pop()!, reason: 'removed' });
    }
  }
  resize(2);

  const runs: CellRun[] = [];
  const cellOrder = notebook.cells.map((c) => asCellId(c.id));
  try {
    let requestId = 0;
    for (const [index, cell] of notebook.cells.entries()) {
      if (cell.cell_type !== 'code') continue;
      const id = ++requestId;
      outputs.set(id, []);
      const started = performance.now();
      const done = new Promise<CellRun['status']>((resolve) => waiting.set(id, resolve));
      kernel.handle({ type: 'execute', id, cellId: asCellId(cell.id), code: cell.source, executionCount: id, cellOrder });
      const status = await done;
      const run = { index, status, outputs: outputs.get(id)!, seconds: (performance.now() - started) / 1000 };
      runs.push(run);
      onCell?.(run, cell.source);
      if (status !== 'ok') break;
    }
  } finally {
    restoreFetch();
    for (const p of ports) p.close();
  }
  return runs;
}

/// <reference lib="webworker" />
/**
 * Executor worker entry: the page sends 'init' with this executor's end of a channel to the
 * kernel; tasks arrive on that port and are answered there. Logic: executor/executorRuntime.ts.
 */
import type { ExecutorControl, ExecutorStatusEvent, ExecutorTask } from './clusterProtocol';
import { ExecutorRuntime } from './executor/executorRuntime';
import { prepareBackends } from './runtime/backend';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const toPage = (event: ExecutorStatusEvent) => scope.postMessage(event);

scope.onmessage = async (e: MessageEvent<ExecutorControl>) => {
  const { executorId, backend, port } = e.data;
  try {
    prepareBackends();
    const runtime = await ExecutorRuntime.start(executorId, backend);
    // Tasks run one at a time: a replica is single-threaded, like a Spark executor core.
    let queue = Promise.resolve();
    port.onmessage = (m: MessageEvent<ExecutorTask>) => {
      queue = queue.then(() => runtime.handle(m.data, (reply, transfer) => port.postMessage(reply, transfer ?? [])));
    };
    port.postMessage({ type: 'hello', executorId, backend: runtime.backendName, note: runtime.backendNote });
    toPage({ type: 'ready', executorId, backend: runtime.backendName, note: runtime.backendNote });
  } catch (err) {
    toPage({ type: 'fatal', executorId, message: (err as Error).message });
  }
};

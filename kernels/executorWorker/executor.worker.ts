/// <reference lib="webworker" />
/**
 * Executor worker entry: the page sends 'init' with this executor's end of a channel to the
 * kernel; tasks arrive on that port and are answered there. The page may later send
 * 'set-backend'. Logic: executor/executorRuntime.ts.
 */
import { executorControlSchema, executorTaskSchema, type ExecutorStatusEvent } from '../wire/kernelExecutorProtocol';
import { checkArrival } from '../wire/checkArrival';
import { ExecutorRuntime } from './executorRuntime';
import { assertNever } from '../../lib/types/assertNever';
import { prepareBackends } from '../sharedByWorkers/backend';
import { mapPageInputSignal } from '../wire/pageInputSignal';
import { kernelsYieldToPage } from '../sharedByWorkers/kernelsYieldToPage';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const toPage = (event: ExecutorStatusEvent) => scope.postMessage(event);

let runtime: Promise<ExecutorRuntime> | null = null;
let kernelPort: MessagePort | null = null;
// Tasks and backend switches run one at a time: a replica is single-threaded, like a Spark executor core.
let queue = Promise.resolve();

scope.onmessage = async (e: MessageEvent<unknown>) => {
  const control = checkArrival(executorControlSchema, e.data, 'page -> executor');
  switch (control.type) {
    case 'init': {
      const { executorId, backend, port, pageInput } = control;
      kernelPort = port;
      runtime = (async () => {
        prepareBackends();
        // Within a step too: the WASM backend's heavy kernels pause while the page claims the cores.
        kernelsYieldToPage(pageInput);
        return ExecutorRuntime.start(executorId, backend, pageInput && mapPageInputSignal(pageInput));
      })();
      queue = runtime.then(
        (r) => {
          port.onmessage = (m: MessageEvent<unknown>) => {
            const task = checkArrival(executorTaskSchema, m.data, 'kernel -> executor');
            queue = queue.then(() => r.handle(task, (reply, transfer) => port.postMessage(reply, transfer ?? [])));
          };
          port.postMessage({ type: 'hello', executorId, ...r.backendState });
          toPage({ type: 'ready', executorId, ...r.backendState });
        },
        (err) => toPage({ type: 'fatal', executorId, message: (err as Error).message }),
      );
      return;
    }
    case 'set-backend': {
      const started = runtime;
      if (!started) return;
      queue = queue.then(async () => {
        const r = await started;
        try {
          await r.switchBackend(control.backend);
        } catch (err) {
          toPage({ type: 'fatal', executorId: r.executorId, message: (err as Error).message });
          return;
        }
        kernelPort?.postMessage({ type: 'hello', executorId: r.executorId, replicasDropped: true, ...r.backendState });
        toPage({ type: 'backend', executorId: r.executorId, ...r.backendState });
      });
      return;
    }
    default:
      assertNever(control);
  }
};

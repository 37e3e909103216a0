/**
 * An in-process cluster for tests: executors are ExecutorRuntimes behind real MessageChannels
 * (Node has them), so the driver, the pool and the executor code run exactly as in the
 * browser, minus the worker threads. `kill` detaches an executor mid-job as a crash would, and
 * stops its runtime at its next phase of a shared-memory step (a terminated worker writes no more).
 */
import { asExecutorId, type ExecutorId, type ExecutorTask } from '../kernels/wire/kernelExecutorProtocol';
import { ExecutorRuntime } from '../kernels/executorWorker/executorRuntime';
import type { StepPhase } from '../kernels/executorWorker/sharedTrainer';
import { ExecutorPool } from '../kernels/kernelWorker/cluster/executorPool';

export interface TestCluster {
  pool: ExecutorPool;
  add(): ExecutorId;
  kill(id: ExecutorId): void;
  /** Counts tasks each executor has received (gradients/train-local/predict). */
  tasksSeen: Map<ExecutorId, number>;
  /** Called before each task an executor receives; throw to simulate a task failure. */
  beforeTask?: (id: ExecutorId, task: ExecutorTask) => void;
  /** Called at each phase of a shared-memory step; kill or throw here to fail mid-step. */
  beforePhase?: (id: ExecutorId, phase: StepPhase, step: number) => void;
  close(): void;
}

export function createTestCluster(size: number): TestCluster {
  const pool = new ExecutorPool();
  const ports: MessagePort[] = [];
  let next = 1;
  const dead = new Set<ExecutorId>();
  const cluster: TestCluster = {
    pool,
    tasksSeen: new Map(),
    add() {
      const id = asExecutorId(String(next++));
      const channel = new MessageChannel();
      const runtime = new ExecutorRuntime(id, 'cpu');
      runtime.phaseHook = (phase, step) => {
        if (!dead.has(id)) cluster.beforePhase?.(id, phase, step);
        return dead.has(id);
      };
      let queue = Promise.resolve();
      channel.port1.onmessage = (e: MessageEvent<ExecutorTask>) => {
        const task = e.data;
        if (task.type !== 'load-model' && task.type !== 'release-model') cluster.tasksSeen.set(id, (cluster.tasksSeen.get(id) ?? 0) + 1);
        queue = queue.then(async () => {
          if (dead.has(id)) return;
          try {
            cluster.beforeTask?.(id, task);
          } catch (err) {
            channel.port1.postMessage({ type: 'task-error', id: task.id, message: (err as Error).message });
            return;
          }
          if (dead.has(id)) return;
          await runtime.handle(task, (reply, transfer) => channel.port1.postMessage(reply, (transfer ?? []) as Transferable[]));
        });
      };
      ports.push(channel.port1, channel.port2);
      pool.attach(id, channel.port2, 'cpu');
      return id;
    },
    kill(id) {
      dead.add(id);
      pool.detach(id, 'killed');
    },
    close() {
      for (const p of ports) p.close();
    },
  };
  for (let i = 0; i < size; i++) cluster.add();
  return cluster;
}

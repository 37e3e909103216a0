import { describe, expect, it } from 'vitest';
import { asExecutorId, type ExecutorReply, type ExecutorTask } from '../../wire/kernelExecutorProtocol';
import { ExecutorPool } from './executorPool';

/** An executor end that answers load-model and use-backend, counting the loads. */
function fakeExecutor(port: MessagePort) {
  const seen: ExecutorTask['type'][] = [];
  port.onmessage = (e: MessageEvent<ExecutorTask>) => {
    const task = e.data;
    seen.push(task.type);
    const reply: ExecutorReply =
      task.type === 'use-backend'
        ? { type: 'backend-changed', id: task.id, choice: 'webgpu', backend: task.candidates[0], note: task.note }
        : { type: 'model-loaded', id: task.id, backend: 'webgpu', memoryBytes: 0 };
    port.postMessage(reply);
  };
  return seen;
}

describe("the pool's view of executors' backends", () => {
  it('waits for every executor to report the backend spark.setBackend asked for', async () => {
    const pool = new ExecutorPool();
    const channel = new MessageChannel();
    pool.attach(asExecutorId('1'), channel.port1, 'wasm');
    const waiting = pool.waitForBackend('webgpu', 5_000);
    channel.port2.postMessage({
      type: 'hello',
      executorId: asExecutorId('1'),
      choice: 'webgpu',
      backend: 'webgpu',
      adapter: 'swiftshader (software)',
      replicasDropped: true,
    } satisfies ExecutorReply);
    await waiting;
    expect(pool.info()[0]).toMatchObject({ backend: 'webgpu', choice: 'webgpu', adapter: 'swiftshader (software)' });
    channel.port1.close();
  });

  it('gives up with the executors that did not move', async () => {
    const pool = new ExecutorPool();
    const channel = new MessageChannel();
    pool.attach(asExecutorId('3'), channel.port1, 'wasm');
    await expect(pool.waitForBackend('webgl', 50)).rejects.toThrow('Executors 3 did not move to backend "webgl"');
    channel.port1.close();
  });

  it('loads the model again after a pre-flight fallback dropped the replicas', async () => {
    const pool = new ExecutorPool();
    const channel = new MessageChannel();
    const seen = fakeExecutor(channel.port2);
    const id = asExecutorId('2');
    pool.attach(id, channel.port1, 'webgpu');
    const load = () => ({
      type: 'load-model' as const,
      modelKey: 'm',
      spec: { topology: {}, loss: 'mse', metrics: [], optimizer: { className: 'SGD', config: {} } },
    });
    await pool.ensureModel(id, 'm', load);
    await pool.ensureModel(id, 'm', load);
    await pool.request(id, { type: 'use-backend', candidates: ['wasm'], note: 'webgpu lacks Foo' });
    expect(pool.info()[0]).toMatchObject({ backend: 'wasm', note: 'webgpu lacks Foo' });
    await pool.ensureModel(id, 'm', load);
    expect(seen).toEqual(['load-model', 'use-backend', 'load-model']);
    channel.port1.close();
    channel.port2.close();
  });
});

import { describe, expect, it } from 'vitest';
import { planText, type PlanInput } from './planText';

/** An iris classifier (4 -> 10 -> 3) on three executors, a 32-sample global batch. */
const iris: PlanInput = {
  layers: [
    { name: 'dense_1', className: 'Dense', outputShape: '[null,10]', params: 50, ops: ['MatMul', 'BiasAdd', 'Relu'] },
    { name: 'dense_2', className: 'Dense', outputShape: '[null,3]', params: 33, ops: ['MatMul', 'BiasAdd', 'Softmax'] },
  ],
  optimizer: 'adam',
  learningRate: 0.01,
  loss: 'categoricalCrossentropy',
  executors: [
    { id: 'worker 1', backend: 'webgpu' },
    { id: 'worker 2', backend: 'wasm' },
    { id: 'worker 3', backend: 'wasm' },
  ],
  mode: 'sync',
  averagingFrequency: 5,
  globalBatch: 32,
  stepsPerEpoch: 4,
  epochs: 10,
  trainableParams: 83,
  shardSizes: [11, 11, 10],
};

describe('planText', () => {
  it('prints the model, optimizer, cluster, per-step exchange and ops of a sync job', () => {
    expect(planText(iris)).toMatchInlineSnapshot(`
      "Model
        Layer (type)     Output shape  Params
        dense_1 (Dense)  [null,10]     50
        dense_2 (Dense)  [null,3]      33
        Trainable params: 83

      Optimizer
        adam, learning rate 0.01
        Loss: categoricalCrossentropy

      Cluster
        3 executors: worker 1 (webgpu), worker 2 (wasm), worker 3 (wasm)
        Mode: sync — each step, gradients of the shards are averaged (weighted by shard size) and every replica applies the same update
        Exchange: messages — the kernel sends the weights to every executor and combines their replies
        10 epochs × 4 steps per epoch = 40 steps, global batch 32

      Per step
        Shards:
          worker 1: 11 samples
          worker 2: 11 samples
          worker 3: 10 samples
        Bytes exchanged per step: 2 × 3 executors × 83 params × 4 B (weights in, gradients out) = 1,992 B (1.9 KiB)

      Ops per layer
        dense_1: MatMul, BiasAdd, Relu
        dense_2: MatMul, BiasAdd, Softmax"
    `);
  });

  it('prints bytes per averaging round and per step in averaging mode', () => {
    const text = planText({ ...iris, mode: 'averaging' });
    expect(text).toContain('Mode: averaging — each executor runs 5 local steps, then weights and optimizer state are averaged');
    // 2 · 3 · 83 · (1 + 2) · 4 = 5,976 B per round; ÷ 5 steps = 1,195.2 B.
    expect(text).toContain('Bytes exchanged per averaging round: 2 × 3 executors × 83 params × (1 + 2 optimizer slots) × 4 B');
    expect(text).toContain('= 5,976 B (5.8 KiB)');
    expect(text).toContain('Per step on average (÷ 5): 1,195 B (1.2 KiB)');
  });

  it('shows executors that get no shard when the batch is smaller than the cluster', () => {
    const text = planText({ ...iris, globalBatch: 2, shardSizes: [1, 1] });
    expect(text).toContain('worker 3: no shard (batch smaller than the cluster)');
  });

  it('leaves out the learning rate when it is unknown and marks layers without ops', () => {
    const text = planText({ ...iris, learningRate: undefined, layers: [{ ...iris.layers[0], ops: [] }] });
    expect(text).toContain('Optimizer\n  adam\n');
    expect(text).toContain('dense_1: (none)');
  });

  it('says how a shared-memory job exchanges gradients, and which executors stand by', () => {
    const text = planText({
      ...iris,
      exchange: { kind: 'shared-memory', reason: 'executors all-reduce in shared memory' },
      standby: [{ id: '3' }],
    });
    expect(text).toContain('Exchange: shared memory — each executor writes');
    expect(text).toContain('Standby: 3 — one executor per CPU core trains');
    expect(text).toContain('nothing sent by message');
    expect(planText({ ...iris, exchange: { kind: 'messages', reason: 'this page is not cross-origin isolated' } })).toContain(
      '(this page is not cross-origin isolated)',
    );
  });
});

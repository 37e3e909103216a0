import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { canonicalTopology, dataFingerprint, stableStringify, sweepKey, type SweepKeyInput } from './sweepKey';

function mlp(units = 8) {
  const model = tf.sequential({
    layers: [tf.layers.dense({ inputShape: [4], units, activation: 'relu' }), tf.layers.dense({ units: 3, activation: 'softmax' })],
  });
  return model.toJSON(undefined, false);
}

async function input(patch: Partial<SweepKeyInput> = {}): Promise<SweepKeyInput> {
  return {
    values: { learningRate: 0.01, seed: 1 },
    topology: mlp(),
    compile: { loss: 'categoricalCrossentropy', metrics: ['accuracy'], optimizer: { className: 'SGD', config: { learningRate: 0.01 } } },
    fit: { epochs: 3, batchSize: 64 },
    data: await dataFingerprint([{ shape: [2, 2], data: new Float32Array([1, 2, 3, 4]) }]),
    ...patch,
  };
}

describe('sweep keys', () => {
  it('are the same for the same inputs, even when TensorFlow.js named the layers differently', async () => {
    const a = await input();
    const b = await input({ topology: mlp(), values: { seed: 1, learningRate: 0.01 } });
    expect(stableStringify(a.topology)).not.toBe(stableStringify(b.topology));
    expect(await sweepKey(a)).toBe(await sweepKey(b));
    expect(await sweepKey(a)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('change with any value, topology, compile setting, fit option or data', async () => {
    const base = await sweepKey(await input());
    const changed = await Promise.all([
      input({ values: { learningRate: 0.1, seed: 1 } }),
      input({ topology: mlp(16) }),
      input({
        compile: { loss: 'meanSquaredError', metrics: ['accuracy'], optimizer: { className: 'SGD', config: { learningRate: 0.01 } } },
      }),
      input({
        compile: {
          loss: 'categoricalCrossentropy',
          metrics: ['accuracy'],
          optimizer: { className: 'Momentum', config: { learningRate: 0.01, momentum: 0.9 } },
        },
      }),
      input({ fit: { epochs: 4, batchSize: 64 } }),
      input({ data: await dataFingerprint([{ shape: [2, 2], data: new Float32Array([1, 2, 3, 5]) }]) }),
      input({ data: await dataFingerprint([{ shape: [4, 1], data: new Float32Array([1, 2, 3, 4]) }]) }),
    ]);
    const keys = await Promise.all(changed.map(sweepKey));
    expect(new Set([base, ...keys]).size).toBe(keys.length + 1);
  });

  it('renames layers by position, keeping the links between them', () => {
    const topology = {
      class_name: 'Model',
      config: {
        name: 'model_7',
        layers: [
          { class_name: 'InputLayer', config: { name: 'input_3' }, inbound_nodes: [] },
          { class_name: 'Dense', config: { name: 'dense_Dense9' }, inbound_nodes: [[['input_3', 0, 0, {}]]] },
        ],
        input_layers: [['input_3', 0, 0]],
        output_layers: [['dense_Dense9', 0, 0]],
      },
    };
    expect(canonicalTopology(topology)).toEqual({
      class_name: 'Model',
      config: {
        name: 'Model_0',
        layers: [
          { class_name: 'InputLayer', config: { name: 'InputLayer_1' }, inbound_nodes: [] },
          { class_name: 'Dense', config: { name: 'Dense_2' }, inbound_nodes: [[['InputLayer_1', 0, 0, {}]]] },
        ],
        input_layers: [['InputLayer_1', 0, 0]],
        output_layers: [['Dense_2', 0, 0]],
      },
    });
  });
});

import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { MODEL_MIME } from '../../../../lib/outputs/mime';
import { describeModel, modelBundle } from './modelSummary';
import { modelSummary } from '../../../../lib/models/modelSummary';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function buildModel(): tf.Sequential {
  return tf.sequential({
    name: 'iris',
    layers: [
      tf.layers.dense({ inputShape: [4], units: 10, activation: 'relu', name: 'hidden' }),
      tf.layers.batchNormalization({ name: 'norm' }),
      tf.layers.dense({ units: 3, activation: 'softmax', name: 'out' }),
    ],
  });
}

describe('model summary', () => {
  it('lists each layer with its class, output shape and parameter count', () => {
    const model = buildModel();
    const summary = modelSummary(model);
    expect(summary.name).toBe('iris');
    expect(summary.layers).toEqual([
      { name: 'hidden', className: 'Dense', outputShape: '[null,10]', params: 4 * 10 + 10 },
      { name: 'norm', className: 'BatchNormalization', outputShape: '[null,10]', params: 4 * 10 },
      { name: 'out', className: 'Dense', outputShape: '[null,3]', params: 10 * 3 + 3 },
    ]);
    model.dispose();
  });

  it('splits trainable from non-trainable parameters (batch-norm moving statistics)', () => {
    const model = buildModel();
    expect(modelSummary(model)).toMatchObject({ totalParams: 123, trainableParams: 103, nonTrainableParams: 20 });
    model.dispose();
  });

  it('counts a frozen layer as non-trainable', () => {
    const model = buildModel();
    model.getLayer('hidden').trainable = false;
    expect(modelSummary(model)).toMatchObject({ totalParams: 123, trainableParams: 53, nonTrainableParams: 70 });
    model.dispose();
  });

  it('gives a Keras-style text twin', () => {
    const model = buildModel();
    const bundle = modelBundle(model);
    expect(bundle[MODEL_MIME]).toBeDefined();
    expect(bundle['text/plain']).toMatch(/hidden \(Dense\)\s+\[null,10\]\s+50/);
    expect(bundle['text/plain']).toContain('Trainable params: 103');
    model.dispose();
  });

  it('includes the input layer of a functional model', () => {
    const input = tf.input({ shape: [8] });
    const output = tf.layers.dense({ units: 2 }).apply(input) as tf.SymbolicTensor;
    const model = tf.model({ inputs: input, outputs: output });
    const summary = modelSummary(model);
    expect(summary.layers.map((l) => [l.className, l.outputShape, l.params])).toEqual([
      ['InputLayer', '[null,8]', 0],
      ['Dense', '[null,2]', 18],
    ]);
    model.dispose();
  });

  it('describes a model in one line for nested display', () => {
    const model = buildModel();
    expect(describeModel(model)).toBe('Sequential "iris" (3 layers)');
    model.dispose();
  });
});

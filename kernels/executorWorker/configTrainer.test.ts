import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { classifier, configTask, syntheticData } from '../../testing/configTaskFixtures';
import { trainConfiguration, type TrainConfigTask } from './configTrainer';
import { claimCores, createPageInputSignal, mapPageInputSignal, yieldToPage, pageClock } from '../wire/pageInputSignal';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

let models: tf.LayersModel[] = [];
afterEach(() => {
  for (const m of models) m.dispose();
  models = [];
});

/** A task for the fixture classifier, and the driver-side model it was packed from. */
function setup(optimizer: tf.Optimizer = tf.train.sgd(0.1), patch: Partial<TrainConfigTask> = {}, data = syntheticData()) {
  const model = classifier(optimizer);
  models.push(model);
  return { model, task: { ...configTask(model, data, patch), id: 1 } };
}

async function train(task: TrainConfigTask) {
  const epochs: { epoch: number; logs: Record<string, number> }[] = [];
  const outcome = await trainConfiguration(task, (epoch, logs) => epochs.push({ epoch, logs }));
  return { outcome, epochs };
}

describe('trainConfiguration', () => {
  it('lowers the training loss and reports every epoch, in order, as its history records it', async () => {
    const { task } = setup(tf.train.sgd(0.2), { epochs: 5 });
    const { outcome, epochs } = await train(task);
    expect(outcome.diverged).toBe(false);
    expect(epochs.map((e) => e.epoch)).toEqual([0, 1, 2, 3, 4]);
    expect(Object.keys(outcome.history).sort()).toEqual(['acc', 'loss']);
    expect(epochs.map((e) => e.logs.loss)).toEqual(outcome.history.loss);
    expect(epochs.map((e) => e.logs.acc)).toEqual(outcome.history.acc);
    expect(outcome.history.loss[4]).toBeLessThan(outcome.history.loss[0] * 0.8);
    expect(outcome.history.acc[4]).toBeGreaterThan(outcome.history.acc[0]);
  });

  it('gives bitwise the same weights, history and predictions when the same task runs twice', async () => {
    const { task } = setup();
    const first = (await train(task)).outcome;
    const second = (await train(task)).outcome;
    expect(second.weights).toEqual(first.weights);
    expect(second.history).toEqual(first.history);
    expect(second.evaluation).toEqual(first.evaluation);
  });

  it('waits for the page before every batch, and trains the same while the page claims the cores', async () => {
    const { task } = setup(tf.train.sgd(0.1), { epochs: 2 });
    const plain = (await train(task)).outcome;
    const signal = mapPageInputSignal(createPageInputSignal());
    claimCores(signal, pageClock() + 40);
    let waited = 0;
    let calls = 0;
    const outcome = await trainConfiguration(
      task,
      () => {},
      async () => {
        calls++;
        waited += await yieldToPage(signal);
      },
    );
    const batches = Math.ceil(task.data.x.shape[0] / task.batchSize);
    expect(calls).toBe(2 * batches);
    expect(waited).toBeGreaterThanOrEqual(30);
    expect(outcome.weights).toEqual(plain.weights);
  });

  it('draws another batch order from another seed', async () => {
    const { task } = setup();
    const a = (await train(task)).outcome;
    const b = (await train({ ...task, seed: 2 })).outcome;
    expect(b.history.loss).not.toEqual(a.history.loss);
  });

  it('predicts every evaluation row, in chunks, and reports the mean loss model.evaluate would', async () => {
    const { model, task } = setup(tf.train.sgd(0.1), { epochs: 2 }, syntheticData(200, 2500));
    const { outcome } = await train(task);
    const evaluation = outcome.evaluation!;
    expect(evaluation.predictions.length).toBe(2500 * 3);
    // The driver's model with the trained weights must agree with what the executor measured.
    tf.tidy(() => {
      model.setWeights(outcome.weights.map((w, i) => tf.tensor(w, model.getWeights()[i].shape)));
      const ex = task.data.evaluation.x;
      const ey = task.data.evaluation.y;
      const x = tf.tensor(new Float32Array(ex.buffer).slice(), ex.shape);
      const y = tf.tensor(new Float32Array(ey.buffer).slice(), ey.shape);
      const expected = model.predict(x) as tf.Tensor;
      const [loss] = model.evaluate(x, y) as tf.Scalar[];
      expect(evaluation.loss).toBeCloseTo(loss.dataSync()[0], 5);
      const want = expected.dataSync();
      for (let i = 0; i < want.length; i += 997) expect(evaluation.predictions[i]).toBeCloseTo(want[i], 6);
    });
  });

  it('sizes predictions by the model output when the labels are sparse class indices', async () => {
    const model = classifier(tf.train.sgd(0.1), 'sparseCategoricalCrossentropy');
    models.push(model);
    const { outcome } = await train({ ...configTask(model, syntheticData(200, 60, true), { epochs: 2 }), id: 1 });
    expect(outcome.evaluation!.predictions.length).toBe(60 * 3);
    expect(outcome.evaluation!.loss).toBeGreaterThan(0);
  });

  it('stops at the first NaN or infinite loss with diverged, no evaluation and no error', async () => {
    // Cross-entropy clips its probabilities, so a rate like 1e6 only kills the ReLUs (the loss
    // stays finite); 1e20 overflows the weights to NaN within a batch or two.
    const { task } = setup(tf.train.sgd(1e20), { epochs: 5 });
    const { outcome, epochs } = await train(task);
    expect(outcome.diverged).toBe(true);
    expect(outcome.evaluation).toBeNull();
    const at = outcome.divergedAt!;
    expect(at.epoch).toBeLessThan(5);
    // Epochs before the divergent one were reported; the divergent one was not.
    expect(epochs.map((e) => e.epoch)).toEqual([...Array(at.epoch).keys()]);
    expect(outcome.history.loss).toHaveLength(at.epoch);
    expect(outcome.weights).toHaveLength(4);
  });

  it('frees every tensor it made, after training and after diverging', async () => {
    for (const [lr, diverges] of [
      [0.1, false],
      [1e20, true],
    ] as const) {
      const { task } = setup(tf.train.sgd(lr), { epochs: 2 });
      const before = tf.memory().numTensors;
      const { outcome } = await train(task);
      expect(outcome.diverged).toBe(diverges);
      expect(tf.memory().numTensors).toBe(before);
    }
  });

  it('explains a task it cannot train, and frees the model it built', async () => {
    const { task } = setup();
    const before = tf.memory().numTensors;
    await expect(train({ ...task, batchSize: 0 })).rejects.toThrow('batchSize must be a whole number ≥ 1 (got 0)');
    const short = { ...task.data.y, shape: [150, 3] };
    await expect(train({ ...task, data: { ...task.data, y: short } })).rejects.toThrow(
      'the training y has shape [150, 3] (1800 bytes of float32) but its buffer holds 2400 bytes',
    );
    await expect(train({ ...task, weights: task.weights.slice(1) })).rejects.toThrow('3 initial weight arrays for a model with 4 weights');
    expect(tf.memory().numTensors).toBe(before);
  });
});

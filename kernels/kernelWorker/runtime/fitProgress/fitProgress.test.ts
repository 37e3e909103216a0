import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MimeBundle } from '../../../../lib/notebook/types';
import { PROGRESS_MIME, type FitProgressData } from '../../../../lib/outputs/fitProgress';
import { PUBLISH_INTERVAL_MS } from '../liveChart/throttledDisplay';
import { fitProgressCallbacks, FitProgress, stepsPerEpoch, verbosityOf } from './fitProgress';

beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterEach(() => vi.useRealTimers());

function recorder() {
  const events: { kind: 'show' | 'update'; id: string; data: FitProgressData; text: string }[] = [];
  const push = (kind: 'show' | 'update') => (id: string, bundle: MimeBundle) =>
    events.push({ kind, id, data: bundle[PROGRESS_MIME] as FitProgressData, text: String(bundle['text/plain']) });
  return { events, channel: { show: push('show'), update: push('update') } };
}

describe('FitProgress', () => {
  it('shows the bar when an epoch begins, updates it in place at most twice a second, with running means and an ETA', async () => {
    vi.useFakeTimers();
    let clock = 0;
    const { events, channel } = recorder();
    const progress = new FitProgress(channel, { epochs: 2, steps: 4, verbose: 1 }, () => clock);
    progress.epochBegin(0);
    expect(events.map((e) => e.kind)).toEqual(['show']);
    expect(events[0].text).toBe('Epoch 1/2\n0/4 [..............................] - ETA: ?');
    clock = 100;
    progress.batchEnd({ batch: 0, size: 32, loss: 1 });
    clock = 200;
    progress.batchEnd({ batch: 1, size: 32, loss: 0.5 });
    expect(events).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(PUBLISH_INTERVAL_MS);
    expect(events.map((e) => e.kind)).toEqual(['show', 'update']);
    expect(new Set(events.map((e) => e.id)).size).toBe(1);
    // Two of four steps in 0.2 s: 0.2 s left; the loss shown is the mean so far, as Keras shows it.
    expect(events[1].text).toBe('Epoch 1/2\n2/4 [==============>...............] - ETA: 0s - loss: 0.7500');
    expect(events[1].data.rows).toEqual([{ epoch: 1, step: 2, steps: 4, elapsedMs: 200, done: false, logs: { loss: 0.75 } }]);
  });

  it('weights the running means by batch size (a short last batch counts less)', () => {
    const { events, channel } = recorder();
    const progress = new FitProgress(channel, { epochs: 1, steps: 2, verbose: 1 }, () => 0);
    progress.epochBegin(0);
    progress.batchEnd({ size: 30, loss: 1 });
    progress.batchEnd({ size: 10, loss: 3 });
    progress.finish();
    expect(events.at(-1)!.data.rows[0].logs).toEqual({ loss: 1.5 });
  });

  it('ends each epoch with its own logs, validation included, and keeps one row per epoch', () => {
    let clock = 0;
    const { events, channel } = recorder();
    const progress = new FitProgress(channel, { epochs: 2, steps: 1, verbose: 1 }, () => clock);
    for (const epoch of [0, 1]) {
      progress.epochBegin(epoch);
      clock += 1500;
      progress.batchEnd({ size: 8, loss: 0.9 });
      progress.epochEnd({ loss: 0.8, val_loss: 0.85 });
    }
    progress.finish();
    const last = events.at(-1)!;
    expect(last.data.rows.map((r) => [r.epoch, r.done, r.logs])).toEqual([
      [1, true, { loss: 0.8, val_loss: 0.85 }],
      [2, true, { loss: 0.8, val_loss: 0.85 }],
    ]);
    expect(last.text.split('\n')).toEqual([
      'Epoch 1/2',
      '1/1 [==============================] - 2s 2s/step - loss: 0.8000 - val_loss: 0.8500',
      'Epoch 2/2',
      '1/1 [==============================] - 2s 2s/step - loss: 0.8000 - val_loss: 0.8500',
    ]);
  });

  it('with verbose 2 shows nothing until an epoch ends, then one line per epoch', () => {
    const { events, channel } = recorder();
    let clock = 0;
    const progress = new FitProgress(channel, { epochs: 3, steps: 2, verbose: 2 }, () => clock);
    progress.epochBegin(0);
    clock = 20;
    progress.batchEnd({ size: 4, loss: 1 });
    clock = 40;
    progress.batchEnd({ size: 4, loss: 1 });
    expect(events).toHaveLength(0);
    progress.epochEnd({ loss: 1 });
    progress.finish();
    expect(events.at(-1)!.text).toBe('Epoch 1/3 - 0s 20ms/step - loss: 1.0000');
  });
});

describe('verbosity and steps', () => {
  it('reads Keras’s levels, 1 by default', () => {
    expect([undefined, 0, 1, 2, 3].map(verbosityOf)).toEqual([1, 0, 1, 2, 1]);
  });

  it('counts the batches of an epoch after the validation split, as tfjs does', () => {
    expect(stepsPerEpoch(100, {})).toBe(4);
    expect(stepsPerEpoch(100, { batchSize: 10, validationSplit: 0.25 })).toBe(8);
    expect(stepsPerEpoch(100, { batchSize: 10, validationSplit: 0.25, validationData: [] })).toBe(10);
  });
});

describe('fitProgressCallbacks in a real model.fit', () => {
  it('are absent with verbose 0', () => {
    expect(fitProgressCallbacks(recorder().channel, { epochs: 1, steps: 1, verbose: 0 })).toBeNull();
  });

  it('count the batches tfjs runs, and end with val_ metrics', async () => {
    const { events, channel } = recorder();
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 1 })] });
    model.compile({ optimizer: 'sgd', loss: 'meanSquaredError', metrics: ['mse'] });
    const x = tf.randomNormal([50, 2], 0, 1, 'float32', 1);
    const y = tf.randomNormal([50, 1], 0, 1, 'float32', 2);
    const args = { epochs: 2, batchSize: 8, validationSplit: 0.2 };
    const callbacks = fitProgressCallbacks(channel, { epochs: 2, steps: stepsPerEpoch(50, args), verbose: 1 })!;
    await model.fit(x, y, { ...args, callbacks });
    const rows = events.at(-1)!.data.rows;
    expect(rows.map((r) => [r.epoch, r.step, r.steps, r.done])).toEqual([
      [1, 5, 5, true],
      [2, 5, 5, true],
    ]);
    expect(Object.keys(rows[1].logs)).toEqual(['loss', 'mse', 'val_loss', 'val_mse']);
    tf.dispose([x, y]);
    model.dispose();
  });
});

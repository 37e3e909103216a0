import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { disposeReplaced } from './disposal';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('disposeReplaced', () => {
  it('disposes tensors a re-run cell no longer exports, and keeps ones still exported', () => {
    const a = tf.ones([2]);
    const b = tf.zeros([3]);
    const nested = { xs: tf.ones([4]) };
    const n = disposeReplaced([a, b, nested], [b]);
    expect(n).toBe(2);
    expect(a.isDisposed).toBe(true);
    expect(nested.xs.isDisposed).toBe(true);
    expect(b.isDisposed).toBe(false);
    b.dispose();
  });

  it('disposes a replaced model and frees its weights', () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ units: 2, inputShape: [3] })] });
    const before = tf.memory().numTensors;
    disposeReplaced([model], []);
    expect(tf.memory().numTensors).toBeLessThan(before);
  });
});

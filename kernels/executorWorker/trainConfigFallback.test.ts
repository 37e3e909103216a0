import * as tf from '@tensorflow/tfjs';
import { afterAll, describe, expect, it } from 'vitest';
import { asExecutorId, type ExecutorReply } from '../wire/kernelExecutorProtocol';
import { classifier, configTask, syntheticData } from '../../testing/configTaskFixtures';
import { ExecutorRuntime } from './executorRuntime';

// A backend registered under a new name has no kernels at all, like WASM lacking a training op.
const CPU = tf.findBackend('cpu')!.constructor as new () => tf.KernelBackend;

afterAll(async () => {
  await tf.setBackend('cpu');
  tf.removeBackend('kernel-less');
});

describe('a train-config task on a backend that lacks a kernel', () => {
  it('moves to the next backend, says so, and trains the configuration there', async () => {
    await tf.setBackend('cpu');
    const model = classifier(tf.train.sgd(0.1));
    const task = { ...configTask(model, syntheticData(), { epochs: 2 }), id: 7 };
    model.dispose();
    tf.registerBackend('kernel-less', () => new CPU());
    await tf.setBackend('kernel-less');
    const runtime = new ExecutorRuntime(asExecutorId('1'), 'kernel-less');
    const replies: ExecutorReply[] = [];
    await runtime.handle(task, (reply) => replies.push(reply));
    expect(replies.map((r) => r.type)).toEqual(['hello', 'config-epoch', 'config-epoch', 'train-config-result']);
    expect(replies[0]).toMatchObject({
      type: 'hello',
      backend: 'cpu',
      note: expect.stringContaining('kernel-less lacks a kernel this model needs'),
    });
    expect(runtime.backendName).toBe('cpu');
  });
});

import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { kerasTrainingConfigToTfjs, tfjsTrainingConfigToKeras } from './trainingConfig';

const keras = (optimizer: string, config: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  optimizer_config: { class_name: optimizer, config },
  loss: 'categorical_crossentropy',
  metrics: ['acc'],
  loss_weights: null,
  sample_weight_mode: null,
  ...extra,
});

/** What tf.loadLayersModel builds from a translated config: the proof tfjs reads the keys. */
function compiledOptimizer(config: tf.io.TrainingConfig) {
  const model = tf.sequential({ layers: [tf.layers.dense({ units: 2, inputShape: [2] })] });
  (model as unknown as { loadTrainingConfig(c: tf.io.TrainingConfig): void }).loadTrainingConfig(config);
  return { className: model.optimizer.getClassName(), config: model.optimizer.getConfig() };
}

describe('kerasTrainingConfigToTfjs', () => {
  it('turns Keras 1 SGD with Nesterov momentum into tfjs Momentum', () => {
    const tfjs = kerasTrainingConfigToTfjs(keras('SGD', { lr: 0.1, momentum: 0.9, nesterov: true, decay: 0 }), 'm.h5')!;
    expect(compiledOptimizer(tfjs)).toEqual({ className: 'Momentum', config: { learningRate: 0.1, momentum: 0.9, useNesterov: true } });
    expect(tfjs.metrics).toEqual(['accuracy']);
  });

  it("turns plain SGD into tfjs SGD and RMSprop's rho into tfjs RMSProp's decay", () => {
    expect(compiledOptimizer(kerasTrainingConfigToTfjs(keras('SGD', { learning_rate: 0.01, momentum: 0 }), 'm.h5')!)).toEqual({
      className: 'SGD',
      config: { learningRate: 0.01 },
    });
    expect(compiledOptimizer(kerasTrainingConfigToTfjs(keras('RMSprop', { lr: 0.001, rho: 0.8, epsilon: 1e-8 }), 'm.h5')!)).toEqual({
      className: 'RMSProp',
      config: { learningRate: 0.001, decay: 0.8, momentum: 0, epsilon: 1e-8, centered: false },
    });
  });

  it('reads Adam, Adamax, Adagrad and Adadelta with the keys tfjs expects', () => {
    expect(
      compiledOptimizer(
        kerasTrainingConfigToTfjs(
          keras('Adam', { learning_rate: 0.002, beta_1: 0.8, beta_2: 0.99, epsilon: 1e-7, amsgrad: false }),
          'm.h5',
        )!,
      ).config,
    ).toEqual({
      learningRate: 0.002,
      beta1: 0.8,
      beta2: 0.99,
      epsilon: 1e-7,
    });
    expect(
      compiledOptimizer(
        kerasTrainingConfigToTfjs(keras('Adamax', { lr: 0.002, beta_1: 0.9, beta_2: 0.999, epsilon: 1e-8, decay: 0.01 }), 'm.h5')!,
      ).config,
    ).toMatchObject({ decay: 0.01 });
    expect(compiledOptimizer(kerasTrainingConfigToTfjs(keras('Adagrad', { lr: 0.01, epsilon: 1e-8, decay: 0 }), 'm.h5')!).config).toEqual({
      learningRate: 0.01,
      initialAccumulatorValue: 0,
    });
    expect(compiledOptimizer(kerasTrainingConfigToTfjs(keras('Adadelta', { lr: 1, rho: 0.95, epsilon: 1e-6 }), 'm.h5')!).config).toEqual({
      learningRate: 1,
      rho: 0.95,
      epsilon: 1e-6,
    });
  });

  it('maps Keras loss aliases and loss objects to tfjs names', () => {
    const lossOf = (loss: unknown) => kerasTrainingConfigToTfjs(keras('Adam', { lr: 0.001 }, { loss, metrics: null }), 'm.h5')!.loss;
    expect(lossOf('mse')).toBe('mean_squared_error');
    expect(lossOf('kl_divergence')).toBe('kullback_leibler_divergence');
    expect(lossOf({ class_name: 'SparseCategoricalCrossentropy', config: { from_logits: false, reduction: 'auto' } })).toBe(
      'sparse_categorical_crossentropy',
    );
    expect(lossOf({ out_a: 'mae', out_b: 'binary_crossentropy' })).toEqual({ out_a: 'mean_absolute_error', out_b: 'binary_crossentropy' });
  });

  it('reads sparse_categorical_accuracy as accuracy under a sparse loss, which tfjs resolves to the same metric', () => {
    const tfjs = kerasTrainingConfigToTfjs(
      keras('Adam', { lr: 0.001 }, { loss: 'sparse_categorical_crossentropy', metrics: [['sparse_categorical_accuracy']] }),
      'm.h5',
    )!;
    expect(tfjs.metrics).toEqual(['accuracy']);
  });

  it('returns undefined for an uncompiled model', () => {
    expect(kerasTrainingConfigToTfjs(null, 'm.h5')).toBeUndefined();
  });

  it.each([
    [keras('Nadam', { lr: 0.002 }), /Nadam optimizer, which TensorFlow.js does not have/],
    [keras('Adam', { lr: 0.001, amsgrad: true }), /amsgrad=true/],
    [keras('SGD', { lr: 0.1, decay: 1e-6 }), /decay=0.000001/],
    [keras('Adam', { learning_rate: { class_name: 'ExponentialDecay', config: {} } }), /learning-rate schedule="ExponentialDecay"/],
    [keras('Adam', { lr: 0.001 }, { loss: 'huber_loss' }), /loss "huber_loss", which TensorFlow.js does not have/],
    [keras('Adam', { lr: 0.001 }, { loss: { class_name: 'CategoricalCrossentropy', config: { from_logits: true } } }), /from_logits=True/],
    [keras('Adam', { lr: 0.001 }, { metrics: ['top_k_categorical_accuracy'] }), /metric "top_k_categorical_accuracy"/],
    [keras('Adam', { lr: 0.001 }, { loss_weights: [1, 0.5] }), /loss_weights \[1,0.5\]/],
  ])('refuses what tfjs cannot reproduce, naming it (%#)', (config, message) => {
    expect(() => kerasTrainingConfigToTfjs(config, 'm.h5')).toThrow(message);
  });
});

describe('tfjsTrainingConfigToKeras', () => {
  it('writes Keras 2 names: SGD with momentum and nesterov, RMSprop with rho, learning_rate', () => {
    const momentum = tfjsTrainingConfigToKeras({
      loss: 'mean_squared_error',
      metrics: ['accuracy'],
      optimizer_config: { class_name: 'Momentum', config: { learningRate: 0.1, momentum: 0.9, useNesterov: true } },
    });
    expect(momentum).toEqual({
      loss: 'mean_squared_error',
      metrics: ['accuracy'],
      weighted_metrics: null,
      loss_weights: null,
      sample_weight_mode: null,
      optimizer_config: { class_name: 'SGD', config: { learning_rate: 0.1, momentum: 0.9, nesterov: true } },
    });
    const rmsprop = tfjsTrainingConfigToKeras({
      loss: 'logcosh',
      optimizer_config: { class_name: 'RMSProp', config: { learningRate: 0.01, decay: 0.8, momentum: 0, epsilon: 1e-7, centered: true } },
    });
    expect(rmsprop.optimizer_config).toEqual({
      class_name: 'RMSprop',
      config: { learning_rate: 0.01, rho: 0.8, momentum: 0, epsilon: 1e-7, centered: true },
    });
    expect(rmsprop.loss).toBe('log_cosh');
  });

  it('round-trips every tfjs optimizer through Keras naming', () => {
    for (const optimizer of [
      tf.train.sgd(0.1),
      tf.train.momentum(0.1, 0.5),
      tf.train.adam(0.01, 0.8, 0.9, 1e-6),
      tf.train.rmsprop(0.01, 0.7, 0.2, 1e-5, true),
      tf.train.adagrad(0.2, 0.3),
      tf.train.adadelta(0.5, 0.9, 1e-5),
      tf.train.adamax(0.01, 0.8, 0.9, 1e-6),
    ]) {
      const tfjs = {
        loss: 'categorical_crossentropy',
        metrics: ['accuracy'],
        optimizer_config: { class_name: optimizer.getClassName(), config: optimizer.getConfig() },
      };
      const back = kerasTrainingConfigToTfjs(tfjsTrainingConfigToKeras(tfjs), 'm.h5')!;
      expect(compiledOptimizer(back)).toEqual({ className: optimizer.getClassName(), config: optimizer.getConfig() });
    }
  });

  it('refuses what Keras cannot load, naming it', () => {
    expect(() =>
      tfjsTrainingConfigToKeras({ loss: 'myLoss', optimizer_config: { class_name: 'SGD', config: { learningRate: 0.1 } } }),
    ).toThrow(/loss "myLoss"/);
    expect(() =>
      tfjsTrainingConfigToKeras({ loss: 'hinge', optimizer_config: { class_name: 'Adamax', config: { learningRate: 0.1, decay: 0.1 } } }),
    ).toThrow(/Adamax optimizer uses decay/);
  });
});

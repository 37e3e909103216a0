import { describe, expect, it } from 'vitest';
import { keras1ModelConfigToKeras2 } from './keras1Config';
import { keras1WeightsToKeras2, theanoKernelsToTensorflow } from './keras1Weights';

const layer = (class_name: string, config: Record<string, unknown>) => ({ class_name, config });

describe('keras1ModelConfigToKeras2', () => {
  it('turns a bare-list Sequential with Keras 1 argument names into Keras 2 names', () => {
    const model = keras1ModelConfigToKeras2({
      class_name: 'Sequential',
      config: [
        layer('Convolution2D', {
          name: 'conv',
          nb_filter: 8,
          nb_row: 3,
          nb_col: 2,
          border_mode: 'same',
          subsample: [2, 2],
          dim_ordering: 'th',
          init: 'glorot_uniform',
          activation: 'relu',
          bias: true,
          W_regularizer: { name: 'WeightRegularizer', l1: 0, l2: 0.01 },
          batch_input_shape: [null, 1, 8, 8],
          input_dtype: 'float32',
        }),
        layer('MaxPooling2D', { name: 'pool', pool_size: [2, 2], strides: [2, 2], border_mode: 'valid', dim_ordering: 'th' }),
        layer('Flatten', { name: 'flat' }),
        layer('Dropout', { name: 'drop', p: 0.25 }),
        layer('Dense', { name: 'out', output_dim: 3, init: 'uniform', activation: 'softmax', bias: false, input_dim: 32 }),
      ],
    });
    const [conv, pool, , drop, dense] = model.config.layers as { class_name: string; config: Record<string, unknown> }[];
    expect(conv).toMatchObject({
      class_name: 'Conv2D',
      config: {
        filters: 8,
        kernel_size: [3, 2],
        padding: 'same',
        strides: [2, 2],
        data_format: 'channels_first',
        use_bias: true,
        batch_input_shape: [null, 1, 8, 8],
        dtype: 'float32',
        kernel_regularizer: { class_name: 'L1L2', config: { l1: 0, l2: 0.01 } },
      },
    });
    expect(pool).toMatchObject({
      class_name: 'MaxPooling2D',
      config: { pool_size: [2, 2], padding: 'valid', data_format: 'channels_first' },
    });
    expect(drop).toMatchObject({ class_name: 'Dropout', config: { rate: 0.25 } });
    expect(dense).toMatchObject({
      class_name: 'Dense',
      config: { units: 3, use_bias: false, kernel_initializer: { class_name: 'RandomUniform' } },
    });
    expect(dense.config.batch_input_shape).toBeUndefined();
  });

  it('translates recurrent layers: inner_init, inner_activation, U_regularizer, dropout_W/U, GRU without reset_after', () => {
    const model = keras1ModelConfigToKeras2({
      class_name: 'Sequential',
      config: [
        layer('LSTM', {
          name: 'lstm_1',
          output_dim: 4,
          init: 'glorot_uniform',
          inner_init: 'orthogonal',
          forget_bias_init: 'one',
          activation: 'tanh',
          inner_activation: 'hard_sigmoid',
          U_regularizer: { name: 'WeightRegularizer', l1: 0.1, l2: 0 },
          dropout_W: 0.1,
          dropout_U: 0.2,
          return_sequences: true,
          input_dim: 3,
          input_length: 5,
          consume_less: 'cpu',
        }),
        layer('GRU', { name: 'gru_1', output_dim: 2, inner_init: 'orthogonal', inner_activation: 'sigmoid' }),
      ],
    });
    const [lstm, gru] = model.config.layers as { class_name: string; config: Record<string, unknown> }[];
    expect(lstm.config).toMatchObject({
      units: 4,
      recurrent_activation: 'hard_sigmoid',
      unit_forget_bias: true,
      dropout: 0.1,
      recurrent_dropout: 0.2,
      return_sequences: true,
      batch_input_shape: [null, 5, 3],
      recurrent_regularizer: { class_name: 'L1L2', config: { l1: 0.1, l2: 0 } },
    });
    expect(lstm.config.consume_less).toBeUndefined();
    expect(gru.config).toMatchObject({ units: 2, recurrent_activation: 'sigmoid', reset_after: false });
  });

  it("turns a functional Model's Merge(sum) and Merge(concat) into Add and Concatenate, keeping the graph", () => {
    const model = keras1ModelConfigToKeras2({
      class_name: 'Model',
      config: {
        name: 'model_1',
        layers: [
          {
            name: 'in',
            class_name: 'InputLayer',
            config: { name: 'in', batch_input_shape: [null, 3], input_dtype: 'float32', sparse: false },
            inbound_nodes: [],
          },
          {
            name: 'sum',
            class_name: 'Merge',
            config: { name: 'sum', mode: 'sum' },
            inbound_nodes: [
              [
                ['in', 0, 0],
                ['in', 0, 0],
              ],
            ],
          },
          {
            name: 'cat',
            class_name: 'Merge',
            config: { name: 'cat', mode: 'concat', concat_axis: -1 },
            inbound_nodes: [
              [
                ['sum', 0, 0],
                ['in', 0, 0],
              ],
            ],
          },
        ],
        input_layers: [['in', 0, 0]],
        output_layers: [['cat', 0, 0]],
      },
    });
    const layers = model.config.layers as { class_name: string; name: string; inbound_nodes: unknown[]; config: Record<string, unknown> }[];
    expect(layers.map((l) => l.class_name)).toEqual(['InputLayer', 'Add', 'Concatenate']);
    expect(layers[2].config.axis).toBe(-1);
    expect(layers[2].inbound_nodes).toEqual([
      [
        ['sum', 0, 0],
        ['in', 0, 0],
      ],
    ]);
    expect(model.config.output_layers).toEqual([['cat', 0, 0]]);
  });

  it.each([
    [layer('Merge', { name: 'm', mode: 'mul' }), /Layer "m" \(Merge\) uses merge mode "mul"/],
    [
      layer('Convolution2D', { name: 'c', nb_filter: 1, nb_row: 1, nb_col: 1, border_mode: 'full' }),
      /Layer "c" \(Convolution2D\) uses border_mode "full"/,
    ],
    [layer('BatchNormalization', { name: 'bn', mode: 2 }), /Layer "bn" \(BatchNormalization\) uses mode=2/],
    [layer('Embedding', { name: 'e', input_dim: 3, output_dim: 2, dropout: 0.2 }), /Layer "e" \(Embedding\) uses dropout=0.2/],
    [layer('Dense', { name: 'd', output_dim: 2, init: 'my_init' }), /Layer "d" \(Dense\) uses the initializer "my_init"/],
  ])('refuses what it cannot translate faithfully, naming the layer (%#)', (bad, message) => {
    expect(() => keras1ModelConfigToKeras2({ class_name: 'Sequential', config: [bad] })).toThrow(message);
  });
});

const values = (shape: number[], start: number) => ({
  data: Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => start + i),
  shape,
});

describe('keras1WeightsToKeras2', () => {
  it('joins Keras 1 LSTM gates i, c, f, o into kernel, recurrent_kernel and bias in Keras 2 order i, f, c, o', () => {
    const gates = ['i', 'c', 'f', 'o'].flatMap((_, g) => [
      values([1, 1], g * 100),
      values([1, 1], g * 100 + 10),
      values([1], g * 100 + 20),
    ]);
    const [kernel, recurrent, bias] = keras1WeightsToKeras2(layer('LSTM', { name: 'l' }), gates);
    expect(Array.from(kernel.data)).toEqual([0, 200, 100, 300]);
    expect(Array.from(recurrent.data)).toEqual([10, 210, 110, 310]);
    expect(Array.from(bias.data)).toEqual([20, 220, 120, 320]);
    expect(kernel.shape).toEqual([1, 4]);
  });

  it('joins Keras 1 GRU gates in z, r, h order, as tfjs splits them', () => {
    const gates = [0, 1, 2].flatMap((g) => [values([2, 1], g * 100), values([1, 1], g * 100 + 10), values([1], g * 100 + 20)]);
    const [kernel] = keras1WeightsToKeras2(layer('GRU', { name: 'g' }), gates);
    expect(kernel).toEqual({ data: Float32Array.from([0, 100, 200, 1, 101, 201]), shape: [2, 3] });
  });

  it('transposes channels_first (Theano-ordered) Conv2D kernels to rows, cols, in, filters', () => {
    const [kernel] = keras1WeightsToKeras2(layer('Conv2D', { name: 'c', data_format: 'channels_first' }), [
      values([4, 3, 2, 1], 0),
      values([4], 0),
    ]);
    expect(kernel.shape).toEqual([2, 1, 3, 4]);
  });

  it('reshapes Keras 1.2 Conv1D kernels (length, 1, in, filters) to (length, in, filters)', () => {
    const [kernel] = keras1WeightsToKeras2(layer('Conv1D', { name: 'c', filters: 4, kernel_size: [3] }), [values([3, 1, 2, 4], 0)]);
    expect(kernel.shape).toEqual([3, 2, 4]);
    expect(Array.from(kernel.data)).toEqual(Array.from(values([3, 1, 2, 4], 0).data));
  });

  it('mirrors conv kernels from the Theano backend and leaves other layers alone', () => {
    expect(Array.from(theanoKernelsToTensorflow(layer('Conv2D', { name: 'c' }), [values([2, 1, 1, 1], 0)])[0].data)).toEqual([1, 0]);
    expect(Array.from(theanoKernelsToTensorflow(layer('Dense', { name: 'd' }), [values([2, 1], 0)])[0].data)).toEqual([0, 1]);
  });
});

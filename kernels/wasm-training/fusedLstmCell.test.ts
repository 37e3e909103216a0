import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enableFusedLstmCell } from './fusedLstmCell';
import { LSTM_CELL_GRAD_KERNEL, LSTM_CELL_KERNEL } from './lstmCellKernels';
import { LSTM_SEQUENCE_GRAD_KERNEL, LSTM_SEQUENCE_KERNEL } from './lstmSequenceKernels';
import { registerWasmTrainingKernels } from './register';
import { configureWasmForNode, maxRelativeError, randomArray, seededRandom } from '../../testing/wasmKernels';

/**
 * One random model to compare: an optional LSTM below (so that dx flows too), the recurrent layer
 * under test — tf.layers.lstm (the whole-sequence kernel) or tf.layers.rnn over an lstmCell (the
 * one-step kernel) — and a Dense on its output; with returnState, h and c are outputs as well.
 */
interface Case {
  layer: 'lstm' | 'rnn(lstmCell)';
  units: number;
  inputDim: number;
  timeSteps: number;
  batch: number;
  returnSequences: boolean;
  returnState: boolean;
  recurrentActivation: 'hardSigmoid' | 'sigmoid';
  goBackwards: boolean;
  /** Units of the LSTM below the one under test; 0 for none. */
  below: number;
  activation?: 'relu';
  /** A Masking layer first (the sequence kernel declines masks; the cell kernel runs under rnn's masking). */
  masking?: boolean;
}

/** Where a run happens: the CPU backend, or WASM with the fused LSTM on or off. */
type Path = 'cpu' | 'wasm fused' | 'wasm unfused';

const OUTPUTS = 2;

function build(c: Case) {
  const input = tf.input({ shape: [c.timeSteps, c.inputDim] });
  const options = {
    recurrentActivation: c.recurrentActivation,
    goBackwards: c.goBackwards,
    ...(c.activation ? { activation: c.activation } : {}),
  };
  let y: tf.SymbolicTensor = c.masking ? (tf.layers.masking({ maskValue: 0 }).apply(input) as tf.SymbolicTensor) : input;
  if (c.below > 0) y = tf.layers.lstm({ units: c.below, returnSequences: true, ...options }).apply(y) as tf.SymbolicTensor;
  const shared = { returnSequences: c.returnSequences, returnState: c.returnState, goBackwards: c.goBackwards };
  const layer =
    c.layer === 'lstm'
      ? tf.layers.lstm({ units: c.units, ...options, ...shared })
      : tf.layers.rnn({ cell: tf.layers.lstmCell({ units: c.units, ...options }), ...shared });
  const out = layer.apply(y) as tf.SymbolicTensor | tf.SymbolicTensor[];
  const [sequence, ...states] = Array.isArray(out) ? out : [out];
  const head = tf.layers.dense({ units: OUTPUTS }).apply(sequence) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: [head, ...states] });
}

const outputShapes = (c: Case, batch: number) => [
  c.returnSequences ? [batch, c.timeSteps, OUTPUTS] : [batch, OUTPUTS],
  ...(c.returnState
    ? [
        [batch, c.units],
        [batch, c.units],
      ]
    : []),
];

const size = (shape: number[]) => shape.reduce((p, d) => p * d, 1);

async function use(path: Path) {
  await tf.setBackend(path === 'cpu' ? 'cpu' : 'wasm');
  enableFusedLstmCell(path === 'wasm fused');
}

/** Random weights (biases too, so every gate starts somewhere different), made on the CPU backend. */
async function initialWeights(c: Case, seed: number) {
  await tf.setBackend('cpu');
  const r = seededRandom(seed);
  const model = build(c);
  const weights = model.getWeights().map((w) => randomArray(r, w.size).map((v) => v * 0.8));
  model.dispose();
  return weights;
}

/** Inputs in [-3, 3), so that hardSigmoid's clip (|z| > 2.5) is hit as well as its slope; with masking, some steps all zero. */
function data(r: () => number, c: Case, batches: number) {
  const x = randomArray(r, size([c.batch * batches, c.timeSteps, c.inputDim])).map((v) => v * 3);
  if (c.masking) for (let n = 0; n < c.batch * batches * c.timeSteps; n += 3) x.fill(0, n * c.inputDim, (n + 1) * c.inputDim);
  const ys = outputShapes(c, c.batch * batches).map((shape) => randomArray(r, size(shape)));
  return { x, ys };
}

/** The loss's gradient with respect to every weight and to the input, and the kernels that ran. */
async function gradientsOn(path: Path, c: Case, weights: Float32Array[], x: Float32Array, ys: Float32Array[]) {
  await use(path);
  const model = build(c);
  model.setWeights(weights.map((w, i) => tf.tensor(w, model.getWeights()[i].shape)));
  const xs = tf.tensor(x, [c.batch, c.timeSteps, c.inputDim]);
  const targets = outputShapes(c, c.batch).map((shape, i) => tf.tensor(ys[i], shape));
  const loss = (input: tf.Tensor) => {
    const outputs = [model.apply(input, { training: true }) as tf.Tensor | tf.Tensor[]].flat();
    return tf.addN(outputs.map((o, i) => tf.losses.meanSquaredError(targets[i], o))) as tf.Scalar;
  };
  try {
    const values: Float32Array[] = [];
    const info = await tf.profile(() => {
      const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
      const { grads } = tf.variableGrads(() => loss(xs), variables);
      values.push(...variables.map((v) => grads[v.name].dataSync() as Float32Array));
      tf.dispose(Object.values(grads));
      // tfjs itself has no input gradient for one time step (Unpack's gradient gets one dy, not a
      // list) nor through a Masking layer (Any has no gradient).
      if (c.timeSteps > 1 && !c.masking) {
        const dx = tf.grad(loss)(xs);
        values.push(dx.dataSync() as Float32Array);
        dx.dispose();
      }
    });
    return { values, kernels: info.kernelNames };
  } finally {
    tf.dispose([xs, ...targets]);
    model.dispose();
  }
}

/** The weights after `steps` SGD steps of model.fit. */
async function trainedOn(path: Path, c: Case, weights: Float32Array[], x: Float32Array, ys: Float32Array[], steps: number) {
  await use(path);
  const model = build(c);
  model.setWeights(weights.map((w, i) => tf.tensor(w, model.getWeights()[i].shape)));
  model.compile({ optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' });
  const xs = tf.tensor(x, [c.batch * steps, c.timeSteps, c.inputDim]);
  const targets = outputShapes(c, c.batch * steps).map((shape, i) => tf.tensor(ys[i], shape));
  try {
    await model.fit(xs, targets, { epochs: 1, batchSize: c.batch, shuffle: false, verbose: 0 });
    return model.getWeights().map((w) => w.dataSync() as Float32Array);
  } finally {
    tf.dispose([xs, ...targets]);
    model.dispose();
  }
}

function randomCase(r: () => number, i: number): Case {
  const pick = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  return {
    layer: i % 2 === 0 ? 'lstm' : 'rnn(lstmCell)',
    units: i === 0 ? 1 : pick(2, 12),
    inputDim: pick(1, 6),
    timeSteps: i === 0 ? 1 : pick(2, 7),
    batch: i === 0 ? 1 : pick(2, 9),
    returnSequences: i % 4 >= 2,
    returnState: i % 3 === 1,
    recurrentActivation: i % 8 < 4 ? 'hardSigmoid' : 'sigmoid',
    goBackwards: i % 5 === 3,
    below: i % 3 === 2 ? pick(1, 5) : 0,
  };
}

const kernelsOf = (c: Case) =>
  c.layer === 'lstm' && !c.masking ? [LSTM_SEQUENCE_KERNEL, LSTM_SEQUENCE_GRAD_KERNEL] : [LSTM_CELL_KERNEL, LSTM_CELL_GRAD_KERNEL];

describe('the fused LSTM on WASM', () => {
  beforeAll(() => {
    configureWasmForNode();
    registerWasmTrainingKernels();
  });
  afterAll(() => enableFusedLstmCell(true));

  const cases: Case[] = [
    ...Array.from({ length: 12 }, (_, i) => randomCase(seededRandom(100 + i), i)),
    // Masked steps: tf.layers.lstm leaves the sequence to tfjs's rnn(), which calls the fused cell.
    {
      layer: 'lstm',
      units: 6,
      inputDim: 3,
      timeSteps: 5,
      batch: 4,
      returnSequences: true,
      returnState: false,
      recurrentActivation: 'hardSigmoid',
      goBackwards: false,
      below: 0,
      masking: true,
    },
  ];

  for (const [i, c] of cases.entries()) {
    it(`gives tfjs's gradients for every weight and the input: ${JSON.stringify(c)}`, async () => {
      const weights = await initialWeights(c, 200 + i);
      const { x, ys } = data(seededRandom(300 + i), c, 1);
      const cpu = await gradientsOn('cpu', c, weights, x, ys);
      const unfused = await gradientsOn('wasm unfused', c, weights, x, ys);
      const fused = await gradientsOn('wasm fused', c, weights, x, ys);
      for (const k of kernelsOf(c)) expect(fused.kernels).toContain(k);
      expect(unfused.kernels.filter((k) => k.startsWith('SparkbookLstm'))).toEqual([]);
      fused.values.forEach((g, k) => {
        expect(maxRelativeError(g, cpu.values[k]), `gradient ${k} vs cpu`).toBeLessThan(1e-4);
        expect(maxRelativeError(g, unfused.values[k]), `gradient ${k} vs unfused wasm`).toBeLessThan(1e-4);
      });
    }, 30_000);
  }

  for (const [i, c] of cases.slice(0, 6).entries()) {
    it(`ends 3 SGD steps on the weights of the CPU backend and of unfused WASM: ${JSON.stringify(c)}`, async () => {
      const weights = await initialWeights(c, 400 + i);
      const { x, ys } = data(seededRandom(500 + i), c, 3);
      const cpu = await trainedOn('cpu', c, weights, x, ys, 3);
      const unfused = await trainedOn('wasm unfused', c, weights, x, ys, 3);
      const fused = await trainedOn('wasm fused', c, weights, x, ys, 3);
      fused.forEach((w, k) => {
        expect(maxRelativeError(w, cpu[k]), `weight ${k} vs cpu`).toBeLessThan(1e-4);
        expect(maxRelativeError(w, unfused[k]), `weight ${k} vs unfused wasm`).toBeLessThan(1e-4);
      });
      // With one time step h₋₁ = 0, so the recurrent kernel (weight 1) gets no gradient.
      fused.forEach(
        (w, k) => (c.timeSteps > 1 || k !== 1) && expect(maxRelativeError(w, weights[k]), `weight ${k} moved`).toBeGreaterThan(0),
      );
    }, 30_000);
  }

  it('leaves configurations it cannot reproduce to tfjs (here a relu activation), with the same gradients', async () => {
    for (const layer of ['lstm', 'rnn(lstmCell)'] as const) {
      const c: Case = {
        layer,
        units: 4,
        inputDim: 3,
        timeSteps: 3,
        batch: 5,
        returnSequences: false,
        returnState: false,
        recurrentActivation: 'hardSigmoid',
        goBackwards: false,
        below: 0,
        activation: 'relu',
      };
      const weights = await initialWeights(c, 7);
      const { x, ys } = data(seededRandom(8), c, 1);
      const cpu = await gradientsOn('cpu', c, weights, x, ys);
      const fused = await gradientsOn('wasm fused', c, weights, x, ys);
      expect(fused.kernels.filter((k) => k.startsWith('SparkbookLstm'))).toEqual([]);
      fused.values.forEach((g, k) => expect(maxRelativeError(g, cpu.values[k]), `gradient ${k}`).toBeLessThan(1e-4));
    }
  });

  it('runs in inference (no tape) and frees everything it made', async () => {
    await use('wasm fused');
    for (const layer of [tf.layers.lstm({ units: 5 }), tf.layers.rnn({ cell: tf.layers.lstmCell({ units: 5 }) })]) {
      const model = tf.sequential({ layers: [tf.layers.inputLayer({ inputShape: [4, 3] }), layer] });
      const x = tf.randomNormal([2, 4, 3]);
      tf.dispose(model.predict(x) as tf.Tensor); // builds the model and its weights
      const before = tf.memory().numTensors;
      const info = await tf.profile(() => tf.dispose(model.predict(x) as tf.Tensor));
      expect(info.kernelNames.some((k) => k.startsWith('SparkbookLstm'))).toBe(true);
      expect(tf.memory().numTensors).toBe(before);
      tf.dispose(x);
      model.dispose();
    }
  });
});

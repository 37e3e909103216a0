import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enableFusedLstmCell } from './fusedLstmCell';
import { LSTM_CELL_GRAD_KERNEL, LSTM_CELL_KERNEL } from './lstmCellKernels';
import { registerWasmTrainingKernels } from './register';
import { configureWasmForNode, maxRelativeError, randomArray, seededRandom } from './testing';

/** One random LSTM model to compare: an optional LSTM below, the LSTM under test, a Dense on top. */
interface Case {
  units: number;
  inputDim: number;
  timeSteps: number;
  batch: number;
  returnSequences: boolean;
  recurrentActivation: 'hardSigmoid' | 'sigmoid';
  goBackwards: boolean;
  /** Units of an LSTM (returnSequences) below the one under test, so that dx flows too; 0 for none. */
  below: number;
  activation?: string;
}

/** Where a run happens: the CPU backend, or WASM with the fused cell on or off. */
type Path = 'cpu' | 'wasm fused' | 'wasm unfused';

const OUTPUTS = 2;

function build(c: Case) {
  const inputShape = [c.timeSteps, c.inputDim];
  const lstm = (units: number, first: boolean, returnSequences: boolean) =>
    tf.layers.lstm({
      units,
      returnSequences,
      recurrentActivation: c.recurrentActivation,
      goBackwards: c.goBackwards,
      ...(c.activation ? { activation: c.activation as 'relu' } : {}),
      ...(first ? { inputShape } : {}),
    });
  const layers = c.below > 0 ? [lstm(c.below, true, true), lstm(c.units, false, c.returnSequences)] : [lstm(c.units, true, c.returnSequences)];
  return tf.sequential({ layers: [...layers, tf.layers.dense({ units: OUTPUTS })] });
}

const targetShape = (c: Case, batch: number) => (c.returnSequences ? [batch, c.timeSteps, OUTPUTS] : [batch, OUTPUTS]);

async function use(path: Path) {
  await tf.setBackend(path === 'cpu' ? 'cpu' : 'wasm');
  enableFusedLstmCell(path === 'wasm fused');
}

/** Random weights (biases too, so every gate starts somewhere different), from the CPU backend. */
async function initialWeights(c: Case, seed: number) {
  await tf.setBackend('cpu');
  const r = seededRandom(seed);
  const model = build(c);
  const weights = model.getWeights().map((w) => randomArray(r, w.size).map((v) => v * 0.8));
  model.dispose();
  return weights;
}

/** The loss's gradient with respect to every weight and to the input, and the kernels that ran. */
async function gradientsOn(path: Path, c: Case, weights: Float32Array[], x: Float32Array, y: Float32Array) {
  await use(path);
  const model = build(c);
  model.setWeights(weights.map((w, i) => tf.tensor(w, model.getWeights()[i].shape)));
  const xs = tf.tensor(x, [c.batch, c.timeSteps, c.inputDim]);
  const ys = tf.tensor(y, targetShape(c, c.batch));
  const loss = (input: tf.Tensor) => tf.losses.meanSquaredError(ys, model.apply(input, { training: true }) as tf.Tensor) as tf.Scalar;
  try {
    let values: Float32Array[] = [];
    const info = await tf.profile(() => {
      const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
      const { grads } = tf.variableGrads(() => loss(xs), variables);
      values = variables.map((v) => grads[v.name].dataSync() as Float32Array);
      // tfjs's own Unpack gradient fails on a single time step (it gets one dy, not a list).
      if (c.timeSteps > 1) {
        const dx = tf.grad(loss)(xs);
        values.push(dx.dataSync() as Float32Array);
        dx.dispose();
      }
      tf.dispose(Object.values(grads));
    });
    return { values, kernels: info.kernelNames };
  } finally {
    tf.dispose([xs, ys]);
    model.dispose();
  }
}

/** The weights after `steps` SGD steps of model.fit. */
async function trainedOn(path: Path, c: Case, weights: Float32Array[], x: Float32Array, y: Float32Array, steps: number) {
  await use(path);
  const model = build(c);
  model.setWeights(weights.map((w, i) => tf.tensor(w, model.getWeights()[i].shape)));
  model.compile({ optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' });
  const xs = tf.tensor(x, [c.batch * steps, c.timeSteps, c.inputDim]);
  const ys = tf.tensor(y, targetShape(c, c.batch * steps));
  try {
    await model.fit(xs, ys, { epochs: 1, batchSize: c.batch, shuffle: false, verbose: 0 });
    return model.getWeights().map((w) => w.dataSync() as Float32Array);
  } finally {
    tf.dispose([xs, ys]);
    model.dispose();
  }
}

function randomCase(r: () => number, i: number): Case {
  const pick = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  return {
    units: i === 0 ? 1 : pick(2, 12),
    inputDim: pick(1, 6),
    timeSteps: i === 0 ? 1 : pick(2, 6),
    batch: i === 0 ? 1 : pick(2, 9),
    returnSequences: i % 2 === 1,
    recurrentActivation: i % 4 < 2 ? 'hardSigmoid' : 'sigmoid',
    goBackwards: i === 5,
    below: i % 3 === 2 ? pick(1, 5) : 0,
  };
}

const describeCase = (c: Case) => JSON.stringify(c);
const size = (shape: number[]) => shape.reduce((p, d) => p * d, 1);

/** Inputs in [-3, 3), so that hardSigmoid's clip (|z| > 2.5) is hit as well as its slope. */
function data(r: () => number, c: Case, batches: number) {
  const x = randomArray(r, size([c.batch * batches, c.timeSteps, c.inputDim])).map((v) => v * 3);
  const y = randomArray(r, size(targetShape(c, c.batch * batches)));
  return { x, y };
}

describe('the fused LSTM cell on WASM', () => {
  beforeAll(() => {
    configureWasmForNode();
    registerWasmTrainingKernels();
  });
  afterAll(() => enableFusedLstmCell(true));

  const cases = Array.from({ length: 8 }, (_, i) => randomCase(seededRandom(100 + i), i));

  for (const [i, c] of cases.entries()) {
    it(`gives tfjs's gradients for every weight and the input: ${describeCase(c)}`, async () => {
      const weights = await initialWeights(c, 200 + i);
      const { x, y } = data(seededRandom(300 + i), c, 1);
      const cpu = await gradientsOn('cpu', c, weights, x, y);
      const unfused = await gradientsOn('wasm unfused', c, weights, x, y);
      const fused = await gradientsOn('wasm fused', c, weights, x, y);
      expect(fused.kernels).toContain(LSTM_CELL_KERNEL);
      expect(fused.kernels).toContain(LSTM_CELL_GRAD_KERNEL);
      expect(unfused.kernels).not.toContain(LSTM_CELL_KERNEL);
      fused.values.forEach((g, k) => {
        expect(maxRelativeError(g, cpu.values[k]), `gradient ${k} vs cpu`).toBeLessThan(1e-4);
        expect(maxRelativeError(g, unfused.values[k]), `gradient ${k} vs unfused wasm`).toBeLessThan(1e-4);
      });
    }, 30_000);
  }

  for (const [i, c] of cases.slice(0, 4).entries()) {
    it(`ends 3 SGD steps on the weights of the CPU backend and of unfused WASM: ${describeCase(c)}`, async () => {
      const weights = await initialWeights(c, 400 + i);
      const { x, y } = data(seededRandom(500 + i), c, 3);
      const cpu = await trainedOn('cpu', c, weights, x, y, 3);
      const unfused = await trainedOn('wasm unfused', c, weights, x, y, 3);
      const fused = await trainedOn('wasm fused', c, weights, x, y, 3);
      fused.forEach((w, k) => {
        // With one time step h₋₁ = 0, so the recurrent kernel (weight 1) gets no gradient.
        if (c.timeSteps > 1 || k !== 1) expect(maxRelativeError(w, weights[k]), `weight ${k} moved`).toBeGreaterThan(0);
        expect(maxRelativeError(w, cpu[k]), `weight ${k} vs cpu`).toBeLessThan(1e-4);
        expect(maxRelativeError(w, unfused[k]), `weight ${k} vs unfused wasm`).toBeLessThan(1e-4);
      });
    }, 30_000);
  }

  it('leaves configurations it cannot reproduce to tfjs (here a relu activation), with the same gradients', async () => {
    const c: Case = { units: 4, inputDim: 3, timeSteps: 3, batch: 5, returnSequences: false, recurrentActivation: 'hardSigmoid', goBackwards: false, below: 0, activation: 'relu' };
    const weights = await initialWeights(c, 7);
    const { x, y } = data(seededRandom(8), c, 1);
    const cpu = await gradientsOn('cpu', c, weights, x, y);
    const fused = await gradientsOn('wasm fused', c, weights, x, y);
    expect(fused.kernels).not.toContain(LSTM_CELL_KERNEL);
    fused.values.forEach((g, k) => expect(maxRelativeError(g, cpu.values[k]), `gradient ${k}`).toBeLessThan(1e-4));
  });

  it('runs in inference (no tape) and frees everything it made', async () => {
    await use('wasm fused');
    const model = tf.sequential({ layers: [tf.layers.lstm({ units: 5, inputShape: [4, 3] })] });
    const x = tf.randomNormal([2, 4, 3]);
    tf.dispose(model.predict(x) as tf.Tensor); // builds the model and its weights
    const before = tf.memory().numTensors;
    const info = await tf.profile(() => tf.tidy(() => model.predict(x) as tf.Tensor).dispose());
    expect(info.kernelNames).toContain(LSTM_CELL_KERNEL);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose(x);
    model.dispose();
  });
});

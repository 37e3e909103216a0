import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { elementwiseOptimizer, type ElementwiseOptimizer } from '../../../lib/cluster/elementwiseOptimizers';
import { readOptimizerState, writeOptimizerState, type FlatOptimizerState } from './optimizerState';
import { pseudoRandom } from '../../../lib/cluster/testValues';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const SHAPES = [[3, 4], [4], [2, 1, 3]];
const SIZES = SHAPES.map((s) => tf.util.sizeFromShape(s));
const TOTAL = SIZES.reduce((a, b) => a + b, 0);
/** Slice boundaries for the elementwise steps; the cuts fall inside variables on purpose. */
const CUTS = [0, 5, 14, TOTAL];

const cases: [string, () => tf.Optimizer][] = [
  ['SGD', () => tf.train.sgd(0.1)],
  ['Momentum', () => tf.train.momentum(0.1, 0.9)],
  ['Momentum with Nesterov', () => tf.train.momentum(0.05, 0.8, true)],
  ['Adam', () => tf.train.adam(0.01)],
  ['Adam with its own betas and epsilon', () => tf.train.adam(0.05, 0.8, 0.99, 1e-4)],
  ['Adamax with decay', () => tf.train.adamax(0.02, 0.9, 0.999, undefined, 0.1)],
  ['RMSProp', () => tf.train.rmsprop(0.01)],
  ['centered RMSProp with momentum', () => tf.train.rmsprop(0.01, 0.8, 0.5, undefined, true)],
  ['Adagrad', () => tf.train.adagrad(0.1)],
  ['Adagrad with its own initial accumulator', () => tf.train.adagrad(0.1, 0.5)],
  ['Adadelta', () => tf.train.adadelta(1, 0.95)],
];

/** Gradients of size ≥ 0.1: centered RMSProp (which tfjs computes as √(ms − mg² − ε)) is NaN for tiny ones. */
function gradsFor(step: number): Float32Array {
  return pseudoRandom(TOTAL, 1000 + step).map((u) => Math.sign(u || 1) * (0.1 + 0.9 * Math.abs(u)));
}

let nextId = 0;
let owned: tf.Variable[] = [];
afterEach(() => {
  tf.dispose(owned);
  owned = [];
});

/** The same starting weights every time, as fresh tf.variables. */
function makeVariables(): tf.Variable[] {
  const init = pseudoRandom(TOTAL, 7);
  const id = nextId++;
  let offset = 0;
  const vars = SHAPES.map((shape, k) => {
    const v = tf.variable(tf.tensor(init.slice(offset, offset + SIZES[k]), shape), true, `set${id}/w${k}`);
    offset += SIZES[k];
    return v;
  });
  owned.push(...vars);
  return vars;
}

function describeVars(vars: tf.Variable[]) {
  return vars.map((v) => ({ name: v.name, shape: v.shape, size: v.size }));
}

function split(flat: Float32Array): tf.Tensor[] {
  let offset = 0;
  return SHAPES.map((shape, k) => {
    const t = tf.tensor(flat.slice(offset, offset + SIZES[k]), shape);
    offset += SIZES[k];
    return t;
  });
}

function flatValues(vars: tf.Variable[]): Float32Array {
  const out = new Float32Array(TOTAL);
  let offset = 0;
  for (const v of vars) {
    out.set(v.dataSync(), offset);
    offset += v.size;
  }
  return out;
}

/** Steps `from` … `to − 1` through tfjs itself; the list form keeps the variable order fixed. */
function tfjsSteps(optimizer: tf.Optimizer, vars: tf.Variable[], from: number, to: number) {
  for (let step = from; step < to; step++) {
    const grads = split(gradsFor(step));
    optimizer.applyGradients(vars.map((v, k) => ({ name: v.name, tensor: grads[k] })));
    tf.dispose(grads);
  }
}

/** Steps through the elementwise update in slices, ping-ponging between two buffers as workers would. */
function elementwiseSteps(math: ElementwiseOptimizer, weights: Float32Array, state: FlatOptimizerState, from: number, to: number) {
  let cur = { weights: weights.slice(), state: state.arrays.map((a) => a.slice()) };
  let next = { weights: new Float32Array(TOTAL), state: state.arrays.map(() => new Float32Array(TOTAL)) };
  for (let step = from; step < to; step++) {
    const grads = gradsFor(step);
    for (let c = 0; c + 1 < CUTS.length; c++) {
      math.update({
        weights: cur.weights,
        grads,
        state: cur.state,
        nextWeights: next.weights,
        nextState: next.state,
        from: CUTS[c],
        to: CUTS[c + 1],
        iteration: state.iterations + step - from,
      });
    }
    [cur, next] = [next, cur];
  }
  return { weights: cur.weights, state: { iterations: state.iterations + to - from, arrays: cur.state } };
}

/**
 * Relative 1e-5, with the denominator floored at 1e-2: a weight that passes near zero still carries
 * tfjs's float32 rounding of the O(0.1) steps that took it there (about 4e-8 for Adam at lr 0.05,
 * where a float64 reference agrees with ours to 1e-9).
 */
function expectClose(actual: Float32Array, expected: Float32Array) {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  let at = -1;
  for (let i = 0; i < expected.length; i++) {
    const err = Math.abs(actual[i] - expected[i]) / Math.max(1e-2, Math.abs(expected[i]));
    if (!(err <= worst)) [worst, at] = [err, i];
  }
  expect(worst, `element ${at}: ${actual[at]} vs ${expected[at]}`).toBeLessThanOrEqual(1e-5);
}

function mathFor(optimizer: tf.Optimizer): ElementwiseOptimizer {
  const math = elementwiseOptimizer(optimizer.getClassName(), optimizer.getConfig() as Record<string, unknown>, tf.backend().epsilon());
  expect(math).not.toBeNull();
  return math!;
}

function assignFlat(vars: tf.Variable[], flat: Float32Array) {
  const parts = split(flat);
  vars.forEach((v, k) => v.assign(parts[k]));
  tf.dispose(parts);
}

describe.each(cases)('%s', (_label, make) => {
  it('updates weights as applyGradients does, slice by slice', async () => {
    const reference = makeVariables();
    const optimizer = make();
    tfjsSteps(optimizer, reference, 0, 5);

    const fresh = make();
    const math = mathFor(fresh);
    const start = await readOptimizerState(fresh, math, describeVars(reference));
    fresh.dispose();
    const out = elementwiseSteps(math, pseudoRandom(TOTAL, 7), start, 0, 5);
    expectClose(out.weights, flatValues(reference));
    optimizer.dispose();
  });

  it('hands tfjs state to the elementwise update and back, mid-training', async () => {
    const pure = makeVariables();
    const pureOptimizer = make();
    tfjsSteps(pureOptimizer, pure, 0, 7);

    const mixed = makeVariables();
    const first = make();
    tfjsSteps(first, mixed, 0, 3);
    const math = mathFor(first);
    const read = await readOptimizerState(first, math, describeVars(mixed));
    expect(read.iterations).toBe(3);
    const out = elementwiseSteps(math, flatValues(mixed), read, 3, 5);

    const second = make();
    await writeOptimizerState(second, math, describeVars(mixed), out.state);
    assignFlat(mixed, out.weights);
    tfjsSteps(second, mixed, 5, 7);
    expect(second.iterations).toBe(7);
    expectClose(flatValues(mixed), flatValues(pure));
    [pureOptimizer, first, second].forEach((o) => o.dispose());
  });

  it('starts the elementwise update from a fresh optimizer, then lets tfjs carry on', async () => {
    const pure = makeVariables();
    const pureOptimizer = make();
    tfjsSteps(pureOptimizer, pure, 0, 5);

    const mixed = makeVariables();
    const optimizer = make();
    const math = mathFor(optimizer);
    const read = await readOptimizerState(optimizer, math, describeVars(mixed));
    expect(read.iterations).toBe(0);
    expect(read.arrays.map((a) => a[0])).toEqual(math.initialState.map(Math.fround));
    const out = elementwiseSteps(math, flatValues(mixed), read, 0, 2);
    await writeOptimizerState(optimizer, math, describeVars(mixed), out.state);
    assignFlat(mixed, out.weights);
    tfjsSteps(optimizer, mixed, 2, 5);
    expectClose(flatValues(mixed), flatValues(pure));
    [pureOptimizer, optimizer].forEach((o) => o.dispose());
  });

  it('reads back exactly what it wrote, and frees the state it replaced', async () => {
    const vars = makeVariables();
    const optimizer = make();
    tfjsSteps(optimizer, vars, 0, 2);
    const math = mathFor(optimizer);
    const written: FlatOptimizerState = {
      iterations: 11,
      arrays: math.stateNames.map((_, s) => pseudoRandom(TOTAL, 50 + s).map(Math.abs)),
    };
    const before = tf.memory().numTensors;
    await writeOptimizerState(optimizer, math, describeVars(vars), written);
    expect(tf.memory().numTensors).toBe(before);
    expect(await readOptimizerState(optimizer, math, describeVars(vars))).toEqual(written);
    optimizer.dispose();
  });
});

describe('readOptimizerState', () => {
  it('refuses an update rule of another class', async () => {
    const vars = makeVariables();
    const math = elementwiseOptimizer('SGD', { learningRate: 0.1 }, 1e-7)!;
    await expect(readOptimizerState(tf.train.adam(), math, describeVars(vars))).rejects.toThrow(/Adam.*SGD/);
  });

  it('refuses variables that do not match the state the optimizer holds', async () => {
    const vars = makeVariables();
    const optimizer = tf.train.adam(0.01);
    tfjsSteps(optimizer, vars, 0, 1);
    const math = mathFor(optimizer);
    await expect(readOptimizerState(optimizer, math, describeVars(vars).slice(1))).rejects.toThrow(/expected 2/);
    await expect(readOptimizerState(optimizer, math, describeVars(vars).reverse())).rejects.toThrow(/order/);
    optimizer.dispose();
  });
});

describe('a compiled model', () => {
  function buildModel() {
    const model = tf.sequential({
      layers: [
        tf.layers.dense({ inputShape: [3], units: 5, activation: 'tanh', kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }),
        tf.layers.dense({ units: 2, kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }),
      ],
    });
    model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
    return model;
  }
  const xs = () => tf.tensor(pseudoRandom(24, 3), [8, 3]);
  const ys = () => tf.tensor(pseudoRandom(16, 4), [8, 2]);
  const modelVariables = (model: tf.LayersModel) =>
    model.trainableWeights.map((w) => ({ name: w.name, shape: w.shape as number[], size: tf.util.sizeFromShape(w.shape as number[]) }));

  it('reads the state model.fit left in its optimizer, in trainable-weight order', async () => {
    const model = buildModel();
    const [x, y] = [xs(), ys()];
    await model.fit(x, y, { epochs: 2, batchSize: 4, shuffle: false, verbose: 0 });
    const optimizer = model.optimizer;
    const math = mathFor(optimizer);
    const state = await readOptimizerState(optimizer, math, modelVariables(model));

    const saved = await optimizer.getWeights();
    expect(state.iterations).toBe(4);
    const perState = (saved.length - 1) / 2;
    const concat = (list: typeof saved) => Float32Array.from(list.flatMap((w) => Array.from(w.tensor.dataSync())));
    expect(state.arrays[0]).toEqual(concat(saved.slice(1, 1 + perState)));
    expect(state.arrays[1]).toEqual(concat(saved.slice(1 + perState)));
    tf.dispose([x, y, saved[0].tensor]);
    model.dispose();
  });

  it('lets model.fit carry on from state written back into its optimizer', async () => {
    const [a, b] = [buildModel(), buildModel()];
    const [x, y] = [xs(), ys()];
    for (const m of [a, b]) await m.fit(x, y, { epochs: 1, batchSize: 4, shuffle: false, verbose: 0 });
    const math = mathFor(a.optimizer);
    const state = await readOptimizerState(a.optimizer, math, modelVariables(a));
    await writeOptimizerState(a.optimizer, math, modelVariables(a), state);
    for (const m of [a, b]) await m.fit(x, y, { epochs: 1, batchSize: 4, shuffle: false, verbose: 0 });
    const flat = (m: tf.LayersModel) => Float32Array.from(m.getWeights().flatMap((w) => Array.from(w.dataSync())));
    // Not bit-equal even for an unchanged state: Adam's setWeights recomputes beta^t with pow(),
    // where fitting on keeps a running float32 product.
    expectClose(flat(a), flat(b));
    tf.dispose([x, y]);
    a.dispose();
    b.dispose();
  });
});

import { describe, expect, it } from 'vitest';
import { elementwiseOptimizer, type ElementwiseOptimizer } from './elementwiseOptimizers';
import { pseudoRandom } from './testValues';

const EPS = 1e-7;

function fresh(math: ElementwiseOptimizer, n: number): Float32Array[] {
  return math.initialState.map((v) => new Float32Array(n).fill(v));
}

/** Runs `steps` updates over the given slice boundaries, in place. */
function run(math: ElementwiseOptimizer, weights: Float32Array, cuts: number[], steps: number): Float32Array[] {
  const state = fresh(math, weights.length);
  for (let step = 0; step < steps; step++) {
    const grads = pseudoRandom(weights.length, 100 + step);
    for (let c = 0; c + 1 < cuts.length; c++) {
      math.update({ weights, grads, state, nextWeights: weights, nextState: state, from: cuts[c], to: cuts[c + 1], iteration: step });
    }
  }
  return state;
}

const configs: [string, Record<string, unknown>][] = [
  ['SGD', { learningRate: 0.1 }],
  ['Momentum', { learningRate: 0.1, momentum: 0.9, useNesterov: true }],
  ['Adam', { learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 }],
  ['Adamax', { learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-7, decay: 0.1 }],
  ['RMSProp', { learningRate: 0.01, decay: 0.9, momentum: 0.5, epsilon: 1e-7, centered: true }],
  ['Adagrad', { learningRate: 0.1, initialAccumulatorValue: 0.1 }],
  ['Adadelta', { learningRate: 1, rho: 0.95, epsilon: 1e-7 }],
];

describe('elementwiseOptimizer', () => {
  it('updates SGD weights to w − lr·g', () => {
    const math = elementwiseOptimizer('SGD', { learningRate: 0.5 }, EPS)!;
    const weights = Float32Array.of(1, 2, 3);
    const nextWeights = new Float32Array(3);
    math.update({ weights, grads: Float64Array.of(2, -2, 0), state: [], nextWeights, nextState: [], from: 0, to: 3, iteration: 0 });
    expect(nextWeights).toEqual(Float32Array.of(0, 3, 3));
    expect(weights).toEqual(Float32Array.of(1, 2, 3));
  });

  it('takes Adam’s first step as lr·sign(g), as bias correction makes m̂/√v̂ = g/|g|', () => {
    const math = elementwiseOptimizer('Adam', { learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 0 }, EPS)!;
    const weights = Float32Array.of(1, 1);
    const state = fresh(math, 2);
    math.update({ weights, grads: Float32Array.of(3, -0.2), state, nextWeights: weights, nextState: state, from: 0, to: 2, iteration: 0 });
    expect(weights[0]).toBeCloseTo(0.99, 6);
    expect(weights[1]).toBeCloseTo(1.01, 6);
  });

  it.each(['Adam', 'Adamax'])('gives the same %s step for an iteration however many steps it saw before', (className) => {
    const step = (math: ElementwiseOptimizer, iteration: number) => {
      const weights = Float32Array.of(0.5, -0.5);
      const state = [Float32Array.of(0.1, -0.2), Float32Array.of(0.3, 0.4)];
      math.update({ weights, grads: Float32Array.of(0.7, 0.2), state, nextWeights: weights, nextState: state, from: 0, to: 2, iteration });
      return weights;
    };
    const config = { learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 };
    const used = elementwiseOptimizer(className, config, EPS)!;
    for (const iteration of [0, 1, 2, 9]) step(used, iteration);
    expect(step(used, 3)).toEqual(step(elementwiseOptimizer(className, config, EPS)!, 3));
    expect(step(used, 9)).toEqual(step(elementwiseOptimizer(className, config, EPS)!, 9));
  });

  it('only writes elements inside [from, to)', () => {
    const math = elementwiseOptimizer('Momentum', { learningRate: 1, momentum: 0.9 }, EPS)!;
    const weights = Float32Array.of(1, 1, 1, 1);
    const nextWeights = new Float32Array(4).fill(-7);
    const nextState = [new Float32Array(4).fill(-7)];
    math.update({
      weights,
      grads: Float32Array.of(1, 1, 1, 1),
      state: fresh(math, 4),
      nextWeights,
      nextState,
      from: 1,
      to: 3,
      iteration: 0,
    });
    expect(nextWeights).toEqual(Float32Array.of(-7, 0, 0, -7));
    expect(nextState[0]).toEqual(Float32Array.of(-7, 1, 1, -7));
  });

  it.each(configs)('gives the same %s result whether a step is done in one slice or several', (className, config) => {
    const math = elementwiseOptimizer(className, config, EPS)!;
    const n = 101;
    const whole = pseudoRandom(n, 1);
    const sliced = whole.slice();
    const wholeState = run(math, whole, [0, n], 5);
    const slicedState = run(math, sliced, [0, 17, 60, n], 5);
    expect(sliced).toEqual(whole);
    expect(slicedState).toEqual(wholeState);
    expect(whole.every(Number.isFinite)).toBe(true);
  });

  it('writes to separate next arrays without touching the committed ones', () => {
    const math = elementwiseOptimizer('Adam', { learningRate: 0.01 }, EPS)!;
    const weights = pseudoRandom(8, 3);
    const state = fresh(math, 8);
    const before = [weights.slice(), ...state.map((s) => s.slice())];
    const nextWeights = new Float32Array(8);
    const nextState = fresh(math, 8);
    math.update({ weights, grads: pseudoRandom(8, 4), state, nextWeights, nextState, from: 0, to: 8, iteration: 0 });
    expect([weights, ...state]).toEqual(before);
    expect(nextWeights).not.toEqual(weights);
  });

  it('starts Adagrad’s accumulator at initialAccumulatorValue and the others at 0', () => {
    expect(elementwiseOptimizer('Adagrad', { learningRate: 0.1, initialAccumulatorValue: 0.3 }, EPS)!.initialState).toEqual([0.3]);
    expect(elementwiseOptimizer('Adam', { learningRate: 0.1 }, EPS)!.initialState).toEqual([0, 0]);
  });

  it('lists state in tfjs getWeights() order, with centered RMSProp’s mean gradient last', () => {
    expect(elementwiseOptimizer('RMSProp', { learningRate: 0.1 }, EPS)!.stateNames).toEqual(['rms', 'momentum']);
    expect(elementwiseOptimizer('RMSProp', { learningRate: 0.1, centered: true }, EPS)!.stateNames).toEqual(['rms', 'momentum', 'mg']);
    expect(elementwiseOptimizer('SGD', { learningRate: 0.1 }, EPS)!.stateNames).toEqual([]);
  });

  it('returns null for a class it does not know, or a config it cannot read', () => {
    expect(elementwiseOptimizer('Lion', { learningRate: 0.1 }, EPS)).toBeNull();
    expect(elementwiseOptimizer('SGD', {}, EPS)).toBeNull();
    expect(elementwiseOptimizer('Momentum', { learningRate: 0.1, momentum: '0.9' }, EPS)).toBeNull();
  });

  it('rejects a slice that runs past the vector', () => {
    const math = elementwiseOptimizer('SGD', { learningRate: 0.1 }, EPS)!;
    const w = new Float32Array(3);
    expect(() => math.update({ weights: w, grads: w, state: [], nextWeights: w, nextState: [], from: 0, to: 4, iteration: 0 })).toThrow(
      /outside/,
    );
  });
});

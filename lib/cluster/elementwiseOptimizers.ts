/**
 * The tfjs-core 4.22 optimizers' updates written as plain per-element loops, so that workers can
 * each update one slice of a flat parameter vector in shared memory without calling tfjs. The
 * formulas copy tfjs's own, quirks included, so a model can move between this path and
 * `optimizer.applyGradients` / `model.fit` mid-training. Math is float64 per element, stored as
 * float32; tfjs works in float32 throughout, so the two agree to float32 rounding.
 */

/** The tfjs optimizer class names we can run as per-element updates. */
export type ElementwiseOptimizerClass = 'SGD' | 'Momentum' | 'Adam' | 'Adamax' | 'RMSProp' | 'Adagrad' | 'Adadelta';

/** Everything one update call reads and writes; see ElementwiseOptimizer.update. */
export interface ElementwiseUpdateArgs {
  weights: Float32Array;
  grads: Float32Array | Float64Array;
  state: Float32Array[];
  nextWeights: Float32Array;
  nextState: Float32Array[];
  from: number;
  to: number;
  iteration: number;
}

/** One tfjs optimizer's update rule over a flat parameter vector. */
export interface ElementwiseOptimizer {
  className: ElementwiseOptimizerClass;
  /** Names of the per-element state arrays, in tfjs getWeights() order (e.g. Adam: ['m', 'v']). */
  stateNames: string[];
  /** The value each state array starts at for a fresh optimizer (Adagrad: initialAccumulatorValue). */
  initialState: number[];
  /**
   * Updates elements [from, to) of the flat parameter vector. Reads weights/state at the committed
   * step, writes the next ones to separate arrays (they may be the same arrays for in-place use).
   * `iteration` is the number of updates already applied before this one (tfjs's iterations_).
   * `grads` is the already-averaged gradient for the whole vector (same indexing as weights).
   */
  update(a: ElementwiseUpdateArgs): void;
}

type Config = Record<string, unknown>;

/** A config number, its default when absent, or NaN when it is there but not a number. */
function num(config: Config, key: string, fallback: number): number {
  const v = config[key];
  if (v == null) return fallback;
  return typeof v === 'number' ? v : NaN;
}

function checkSlice(a: ElementwiseUpdateArgs, stateCount: number): void {
  const n = a.weights.length;
  if (!(a.from >= 0 && a.from <= a.to && a.to <= n)) {
    throw new Error(`optimizer update: slice [${a.from}, ${a.to}) is outside the parameter vector of ${n} elements`);
  }
  if (a.grads.length !== n || a.nextWeights.length !== n) {
    throw new Error(`optimizer update: weights, grads and nextWeights must all have ${n} elements`);
  }
  if (a.state.length !== stateCount || a.nextState.length !== stateCount) {
    throw new Error(`optimizer update: expected ${stateCount} state arrays, got ${a.state.length} and ${a.nextState.length} next`);
  }
}

/**
 * beta^(iteration + 1) as tfjs holds it: a float32 variable that starts at float32(beta) and is
 * multiplied by beta after every step. Both roundings matter because 1 − accBeta is small:
 * beta2 = 0.999's float32 error alone is 1.3e-5 of 1 − beta2. Remembers where it got to, so the
 * usual one-step-at-a-time calls cost O(1). (tfjs's setWeights restarts the product from pow(),
 * which this cannot know about; the two differ by float32 rounding only.)
 */
function runningPower(beta: number): (iteration: number) => number {
  const b = Math.fround(beta);
  let at = 0;
  let acc = b;
  return (iteration) => {
    if (iteration < at) [at, acc] = [0, b];
    for (; at < iteration; at++) acc = Math.fround(acc * b);
    return acc;
  };
}

function sgd(lr: number): ElementwiseOptimizer {
  return {
    className: 'SGD',
    stateNames: [],
    initialState: [],
    update(a) {
      checkSlice(a, 0);
      const { weights: w, grads: g, nextWeights: nw, to } = a;
      for (let i = a.from; i < to; i++) nw[i] = w[i] - lr * g[i];
    },
  };
}

function momentum(lr: number, m: number, nesterov: boolean): ElementwiseOptimizer {
  return {
    className: 'Momentum',
    stateNames: ['momentum'],
    initialState: [0],
    update(a) {
      checkSlice(a, 1);
      const { weights: w, grads: g, nextWeights: nw, to } = a;
      const acc = a.state[0];
      const nacc = a.nextState[0];
      for (let i = a.from; i < to; i++) {
        const gi = g[i];
        const accNext = m * acc[i] + gi;
        nacc[i] = accNext;
        nw[i] = w[i] - lr * (nesterov ? gi + m * accNext : accNext);
      }
    },
  };
}

function adam(lr: number, beta1: number, beta2: number, eps: number): ElementwiseOptimizer {
  const accBeta1 = runningPower(beta1);
  const accBeta2 = runningPower(beta2);
  return {
    className: 'Adam',
    stateNames: ['m', 'v'],
    initialState: [0, 0],
    update(a) {
      checkSlice(a, 2);
      const { weights: w, grads: g, nextWeights: nw, to } = a;
      const [m, v] = a.state;
      const [nm, nv] = a.nextState;
      const c1 = 1 / Math.fround(1 - accBeta1(a.iteration));
      const c2 = 1 / Math.fround(1 - accBeta2(a.iteration));
      const k1 = 1 - beta1;
      const k2 = 1 - beta2;
      for (let i = a.from; i < to; i++) {
        const gi = g[i];
        const mi = beta1 * m[i] + k1 * gi;
        const vi = beta2 * v[i] + k2 * gi * gi;
        nm[i] = mi;
        nv[i] = vi;
        // tfjs adds epsilon after the square root of the bias-corrected second moment.
        nw[i] = w[i] - (lr * (mi * c1)) / (Math.sqrt(vi * c2) + eps);
      }
    },
  };
}

function adamax(lr: number, beta1: number, beta2: number, eps: number, decay: number): ElementwiseOptimizer {
  const accBeta1 = runningPower(beta1);
  return {
    className: 'Adamax',
    stateNames: ['m', 'v'],
    initialState: [0, 0],
    update(a) {
      checkSlice(a, 2);
      const { weights: w, grads: g, nextWeights: nw, to } = a;
      const [m, u] = a.state;
      const [nm, nu] = a.nextState;
      const step = lr / (a.iteration * decay + 1) / Math.fround(1 - accBeta1(a.iteration));
      const k1 = 1 - beta1;
      for (let i = a.from; i < to; i++) {
        const gi = g[i];
        const mi = beta1 * m[i] + k1 * gi;
        // No (1 - beta2) factor: tfjs's infinity norm is max(beta2·u, |g|).
        const decayed = beta2 * u[i];
        const absG = Math.abs(gi);
        const ui = decayed > absG ? decayed : absG;
        nm[i] = mi;
        nu[i] = ui;
        nw[i] = w[i] - (step * mi) / (ui + eps);
      }
    },
  };
}

function rmsprop(lr: number, decay: number, mom: number, eps: number, centered: boolean): ElementwiseOptimizer {
  const k = 1 - decay;
  return {
    className: 'RMSProp',
    stateNames: centered ? ['rms', 'momentum', 'mg'] : ['rms', 'momentum'],
    initialState: centered ? [0, 0, 0] : [0, 0],
    update(a) {
      checkSlice(a, centered ? 3 : 2);
      const { weights: w, grads: g, nextWeights: nw, to } = a;
      const [ms, mo] = a.state;
      const [nms, nmo] = a.nextState;
      if (centered) {
        const mg = a.state[2];
        const nmg = a.nextState[2];
        for (let i = a.from; i < to; i++) {
          const gi = g[i];
          const msi = decay * ms[i] + k * gi * gi;
          const mgi = decay * mg[i] + k * gi;
          // tfjs subtracts epsilon here (ms − (mg² + ε)) rather than adding it; matched on purpose.
          const moi = mom * mo[i] + (lr * gi) / Math.sqrt(msi - (mgi * mgi + eps));
          nms[i] = msi;
          nmg[i] = mgi;
          nmo[i] = moi;
          nw[i] = w[i] - moi;
        }
      } else {
        for (let i = a.from; i < to; i++) {
          const gi = g[i];
          const msi = decay * ms[i] + k * gi * gi;
          const moi = mom * mo[i] + (lr * gi) / Math.sqrt(msi + eps);
          nms[i] = msi;
          nmo[i] = moi;
          nw[i] = w[i] - moi;
        }
      }
    },
  };
}

function adagrad(lr: number, initial: number, eps: number): ElementwiseOptimizer {
  return {
    className: 'Adagrad',
    stateNames: ['accumulator'],
    initialState: [initial],
    update(a) {
      checkSlice(a, 1);
      const { weights: w, grads: g, nextWeights: nw, to } = a;
      const acc = a.state[0];
      const nacc = a.nextState[0];
      for (let i = a.from; i < to; i++) {
        const gi = g[i];
        const acci = acc[i] + gi * gi;
        nacc[i] = acci;
        nw[i] = w[i] - (lr * gi) / Math.sqrt(acci + eps);
      }
    },
  };
}

function adadelta(lr: number, rho: number, eps: number): ElementwiseOptimizer {
  const k = 1 - rho;
  return {
    className: 'Adadelta',
    stateNames: ['accum_grad', 'accum_var'],
    initialState: [0, 0],
    update(a) {
      checkSlice(a, 2);
      const { weights: w, grads: g, nextWeights: nw, to } = a;
      const [ag, au] = a.state;
      const [nag, nau] = a.nextState;
      for (let i = a.from; i < to; i++) {
        const gi = g[i];
        const agOld = ag[i];
        const auOld = au[i];
        // tfjs scales by the accumulated gradient from before this step, not the updated one.
        const upd = (Math.sqrt(auOld + eps) / Math.sqrt(agOld + eps)) * gi;
        nag[i] = rho * agOld + k * gi * gi;
        nau[i] = rho * auOld + k * upd * upd;
        nw[i] = w[i] - lr * upd;
      }
    },
  };
}

/** null when the class is not one we know (the caller falls back to another path). */
export function elementwiseOptimizer(
  className: string,
  config: Record<string, unknown>,
  backendEpsilon: number,
): ElementwiseOptimizer | null {
  // Defaults are those of tf.train.*; a config from getConfig() always carries every key.
  const finite = (...xs: number[]) => xs.every(Number.isFinite);
  // tfjs resolves a null epsilon to the backend's at construction, so getConfig() normally has a number.
  const eps = num(config, 'epsilon', backendEpsilon);
  switch (className) {
    case 'SGD': {
      const lr = num(config, 'learningRate', NaN);
      return finite(lr) ? sgd(lr) : null;
    }
    case 'Momentum': {
      const lr = num(config, 'learningRate', NaN);
      const m = num(config, 'momentum', NaN);
      return finite(lr, m) ? momentum(lr, m, config.useNesterov === true) : null;
    }
    case 'Adam': {
      const [lr, b1, b2] = [num(config, 'learningRate', 0.001), num(config, 'beta1', 0.9), num(config, 'beta2', 0.999)];
      return finite(lr, b1, b2, eps) ? adam(lr, b1, b2, eps) : null;
    }
    case 'Adamax': {
      const [lr, b1, b2] = [num(config, 'learningRate', 0.002), num(config, 'beta1', 0.9), num(config, 'beta2', 0.999)];
      const decay = num(config, 'decay', 0);
      return finite(lr, b1, b2, eps, decay) ? adamax(lr, b1, b2, eps, decay) : null;
    }
    case 'RMSProp': {
      const lr = num(config, 'learningRate', NaN);
      const [decay, mom] = [num(config, 'decay', 0.9), num(config, 'momentum', 0)];
      return finite(lr, decay, mom, eps) ? rmsprop(lr, decay, mom, eps, config.centered === true) : null;
    }
    case 'Adagrad': {
      const lr = num(config, 'learningRate', NaN);
      const initial = num(config, 'initialAccumulatorValue', 0.1);
      // Adagrad has no epsilon setting: tfjs always uses the backend's.
      return finite(lr, initial, backendEpsilon) ? adagrad(lr, initial, backendEpsilon) : null;
    }
    case 'Adadelta': {
      const [lr, rho] = [num(config, 'learningRate', 0.001), num(config, 'rho', 0.95)];
      return finite(lr, rho, eps) ? adadelta(lr, rho, eps) : null;
    }
    default:
      return null;
  }
}

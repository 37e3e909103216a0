/**
 * The element-wise part of the LSTM, forward and backward, as loops over typed arrays: what
 * tfjs-layers' LSTMCell.call spends ~40 tiny ops a time step on (split, three recurrent
 * activations, two tanh, five products and sums, and each one's gradient). The matrix products
 * around it (x·W, h·U and their gradients) stay with the WASM matmul kernel; see
 * lstmCellKernels.ts (one step) and lstmSequenceKernels.ts (a whole sequence).
 *
 * Every value is rounded to float32 where tfjs rounds it (each op's output), and tanh is a float32
 * approximation within 2 ulps of Math.tanh, so the results match the CPU backend's to a few ulps.
 */

/** The recurrent activations we reproduce exactly (tfjs-layers' LSTM default is hardSigmoid). */
export type RecurrentActivation = 'hardSigmoid' | 'sigmoid';

/** Sizes: `batch` rows of `inputDim` inputs, `units` cells (4·units gates), over `steps` time steps (1 for a cell). */
export interface LstmShape {
  batch: number;
  inputDim: number;
  units: number;
  steps: number;
}

/**
 * Where each saved quantity lives in the forward pass's cache (offsets in floats), for all steps'
 * rows n = step·batch + b together. Planar blocks, so the backward pass hands xᵀ and h₋₁ᵀ to one
 * matmul each for dW and dU: xᵀ [inputDim, n], h₋₁ᵀ [units, n], c₋₁ [n, units], the activated
 * gates i|f|g|o [n, 4·units], tanh(c) [n, units], and each gate's activation slope [n, 4·units].
 */
export function cacheLayout({ batch, inputDim, units, steps }: LstmShape) {
  const rows = steps * batch;
  const xT = 0;
  const hT = xT + inputDim * rows;
  const cPrev = hT + units * rows;
  const gates = cPrev + rows * units;
  const tanhC = gates + rows * 4 * units;
  const slopes = tanhC + rows * units;
  const size = slopes + rows * 4 * units;
  return { rows, xT, hT, cPrev, gates, tanhC, slopes, size, width: size / rows };
}

const f32 = Math.fround;
const POINT_TWO = f32(0.2);

/**
 * tanh to float32 accuracy at a fifth of Math.tanh's cost (Math.tanh, like the stock WASM Tanh,
 * is ~40 ns a call, and a step takes 2·batch·units of them): Eigen's rational approximation for
 * float (a 13th/6th-degree odd/even pair, clamped where tanh rounds to ±1), evaluated in doubles.
 * Within 2.4e-7 of Math.tanh (2 float32 ulps at 1) everywhere; lstmCellMath.test.ts checks it.
 */
export function tanhF32(x: number): number {
  if (Math.abs(x) < 0.0004) return x;
  const c = x > 7.99881172180175781 ? 7.99881172180175781 : x < -7.99881172180175781 ? -7.99881172180175781 : x;
  const c2 = c * c;
  let p = -2.76076847742355e-16;
  p = p * c2 + 2.00018790482477e-13;
  p = p * c2 - 8.60467152213735e-11;
  p = p * c2 + 5.12229709037114e-8;
  p = p * c2 + 1.48572235717979e-5;
  p = p * c2 + 6.37261928875436e-4;
  p = p * c2 + 4.89352455891786e-3;
  let q = 1.19825839466702e-6;
  q = q * c2 + 1.18534705686654e-4;
  q = q * c2 + 2.268434632439e-3;
  q = q * c2 + 4.89352518554385e-3;
  return f32((p * c) / q);
}

/** One step's forward inputs. `xW` holds x·W for this step's rows from `xWRow` on; `hU` is h₋₁·U, or null where h₋₁ = 0. */
export interface GatesForwardInputs {
  xW: Float32Array;
  xWRow: number;
  hU: Float32Array | null;
  bias: Float32Array;
  cPrev: Float32Array;
}

/**
 * One step, `step` of shape.steps: z = x·W + h₋₁·U + b; i, f, o = σ(z…); g = tanh(z_g);
 * c = f·c₋₁ + i·g; h = o·tanh(c). Writes h and c [batch, units] and the step's rows of the cache
 * (all but xᵀ and h₋₁ᵀ, which the caller copies). σ is tfjs's hardSigmoid (clip(0.2·z + 0.5, 0, 1),
 * slope 0.2 where the unclipped value lies in [0, 1], ends included, as tfjs's ClipByValue
 * gradient) or the logistic sigmoid.
 */
export function gatesForward(
  shape: LstmShape,
  recurrent: RecurrentActivation,
  step: number,
  input: GatesForwardInputs,
  h: Float32Array,
  c: Float32Array,
  cache: Float32Array,
) {
  const { batch, units: u } = shape;
  const { xW, xWRow, hU, bias, cPrev } = input;
  const at = cacheLayout(shape);
  const gates = at.gates + step * batch * 4 * u;
  const slopes = at.slopes + step * batch * 4 * u;
  const cPrevAt = at.cPrev + step * batch * u;
  const tanhCAt = at.tanhC + step * batch * u;
  const hard = recurrent === 'hardSigmoid';
  for (let b = 0; b < batch; b++) {
    const row = b * 4 * u;
    const xRow = (xWRow + b) * 4 * u;
    for (let j = 0; j < u; j++) {
      const q = row + j;
      const x = xRow + j;
      const zi = f32(f32(xW[x] + (hU ? hU[q] : 0)) + bias[j]);
      const zf = f32(f32(xW[x + u] + (hU ? hU[q + u] : 0)) + bias[j + u]);
      const zg = f32(f32(xW[x + 2 * u] + (hU ? hU[q + 2 * u] : 0)) + bias[j + 2 * u]);
      const zo = f32(f32(xW[x + 3 * u] + (hU ? hU[q + 3 * u] : 0)) + bias[j + 3 * u]);
      const g = tanhF32(zg);
      let i: number, f: number, o: number;
      if (hard) {
        const yi = f32(f32(POINT_TWO * zi) + 0.5);
        const yf = f32(f32(POINT_TWO * zf) + 0.5);
        const yo = f32(f32(POINT_TWO * zo) + 0.5);
        i = yi < 0 ? 0 : yi > 1 ? 1 : yi;
        f = yf < 0 ? 0 : yf > 1 ? 1 : yf;
        o = yo < 0 ? 0 : yo > 1 ? 1 : yo;
        cache[slopes + q] = yi >= 0 && yi <= 1 ? POINT_TWO : 0;
        cache[slopes + q + u] = yf >= 0 && yf <= 1 ? POINT_TWO : 0;
        cache[slopes + q + 3 * u] = yo >= 0 && yo <= 1 ? POINT_TWO : 0;
      } else {
        i = f32(1 / (1 + Math.exp(-zi)));
        f = f32(1 / (1 + Math.exp(-zf)));
        o = f32(1 / (1 + Math.exp(-zo)));
        cache[slopes + q] = f32(i * f32(1 - i));
        cache[slopes + q + u] = f32(f * f32(1 - f));
        cache[slopes + q + 3 * u] = f32(o * f32(1 - o));
      }
      cache[slopes + q + 2 * u] = f32(1 - f32(g * g));
      cache[gates + q] = i;
      cache[gates + q + u] = f;
      cache[gates + q + 2 * u] = g;
      cache[gates + q + 3 * u] = o;
      const n = b * u + j;
      const cNew = f32(f32(f * cPrev[n]) + f32(i * g));
      const tanhC = tanhF32(cNew);
      c[n] = cNew;
      h[n] = f32(o * tanhC);
      cache[cPrevAt + n] = cPrev[n];
      cache[tanhCAt + n] = tanhC;
    }
  }
}

/** Copies one step's x [batch, inputDim] (rows from `xRow` on) and h₋₁ [batch, units] into the cache's xᵀ and h₋₁ᵀ. */
export function saveInputs(shape: LstmShape, step: number, x: Float32Array, xRow: number, hPrev: Float32Array | null, cache: Float32Array) {
  const { batch, inputDim, units } = shape;
  const at = cacheLayout(shape);
  const col = step * batch;
  for (let k = 0; k < inputDim; k++) {
    const base = at.xT + k * at.rows + col;
    for (let b = 0; b < batch; b++) cache[base + b] = x[(xRow + b) * inputDim + k];
  }
  for (let j = 0; j < units; j++) {
    const base = at.hT + j * at.rows + col;
    for (let b = 0; b < batch; b++) cache[base + b] = hPrev ? hPrev[b * units + j] : 0;
  }
}

/**
 * One step backward: from dh and dc (the gradients of the step's h and c) to dz [batch, 4·units],
 * the gradient of the gate pre-activations, which the caller multiplies out into dx, dh₋₁, dW and
 * dU; and dc₋₁ [batch, units].
 */
export function gatesBackward(
  shape: LstmShape,
  step: number,
  dh: Float32Array,
  dc: Float32Array,
  cache: Float32Array,
  dz: Float32Array,
  dcPrev: Float32Array,
) {
  const { batch, units: u } = shape;
  const at = cacheLayout(shape);
  const gates = at.gates + step * batch * 4 * u;
  const slopes = at.slopes + step * batch * 4 * u;
  const cPrevAt = at.cPrev + step * batch * u;
  const tanhCAt = at.tanhC + step * batch * u;
  for (let b = 0; b < batch; b++) {
    const row = b * 4 * u;
    for (let j = 0; j < u; j++) {
      const n = b * u + j;
      const q = row + j;
      const i = cache[gates + q];
      const f = cache[gates + q + u];
      const g = cache[gates + q + 2 * u];
      const o = cache[gates + q + 3 * u];
      const tanhC = cache[tanhCAt + n];
      // h = o·tanh(c): the carry's gradient is its own plus what flows back through h.
      const dC = f32(dc[n] + f32(f32(dh[n] * o) * f32(1 - f32(tanhC * tanhC))));
      const dO = f32(dh[n] * tanhC);
      dcPrev[n] = f32(dC * f);
      dz[q] = f32(f32(dC * g) * cache[slopes + q]);
      dz[q + u] = f32(f32(dC * cache[cPrevAt + n]) * cache[slopes + q + u]);
      dz[q + 2 * u] = f32(f32(dC * i) * cache[slopes + q + 2 * u]);
      dz[q + 3 * u] = f32(dO * cache[slopes + q + 3 * u]);
    }
  }
}

/** out[q] = Σ_r m[r, q] over `rows` rows of `width`: the bias gradient from dz. */
export function columnSums(m: Float32Array, rows: number, width: number, out: Float32Array) {
  out.fill(0);
  for (let r = 0; r < rows; r++) {
    const base = r * width;
    for (let q = 0; q < width; q++) out[q] += m[base + q];
  }
}

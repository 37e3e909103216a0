/**
 * The element-wise part of one LSTM time step, forward and backward, as loops over typed
 * arrays: what tfjs-layers' LSTMCell.call spends ~40 tiny ops on (split, three recurrent
 * activations, two tanh, five products and sums, and each one's gradient). The matrix products
 * around it (x·W, h·U and their gradients) stay with the WASM matmul kernel; see lstmCellKernels.ts.
 *
 * Every value is rounded to float32 where tfjs rounds it (each op's output), and tanh is a float32
 * approximation within 2 ulps of Math.tanh, so the results match the CPU backend's to a few ulps.
 */

/** The recurrent activations we reproduce exactly (tfjs-layers' LSTM default is hardSigmoid). */
export type RecurrentActivation = 'hardSigmoid' | 'sigmoid';

/** One step's sizes: `batch` rows of `inputDim` inputs, `units` cells (4·units gates). */
export interface LstmStepShape {
  batch: number;
  inputDim: number;
  units: number;
}

/**
 * Where each saved quantity lives in the forward pass's cache (offsets in floats). Planar blocks,
 * so the backward pass can hand xᵀ and hᵀ to the matmul as they are:
 * xᵀ [inputDim, batch], hᵀ [units, batch], c₋₁ [batch, units], the activated gates i|f|g|o
 * [batch, 4·units], tanh(c) [batch, units], and each gate's activation slope [batch, 4·units].
 */
export function cacheLayout({ batch, inputDim, units }: LstmStepShape) {
  const xT = 0;
  const hT = xT + inputDim * batch;
  const cPrev = hT + units * batch;
  const gates = cPrev + batch * units;
  const tanhC = gates + batch * 4 * units;
  const slopes = tanhC + batch * units;
  const size = slopes + batch * 4 * units;
  return { xT, hT, cPrev, gates, tanhC, slopes, size, width: size / batch };
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

/** Forward inputs: the two products (x·W and h·U, each [batch, 4·units]), the bias, and the step's x, h₋₁, c₋₁. */
export interface LstmForwardInputs {
  xW: Float32Array;
  hU: Float32Array;
  bias: Float32Array;
  x: Float32Array;
  hPrev: Float32Array;
  cPrev: Float32Array;
}

/** Forward outputs, written in place: h and c [batch, units] and the cache (cacheLayout). */
export interface LstmForwardOutputs {
  h: Float32Array;
  c: Float32Array;
  cache: Float32Array;
}

/**
 * z = x·W + h₋₁·U + b; i, f, o = σ(z…); g = tanh(z_g); c = f·c₋₁ + i·g; h = o·tanh(c).
 * σ is tfjs's hardSigmoid (clip(0.2·z + 0.5, 0, 1), slope 0.2 where the unclipped value lies in
 * [0, 1], ends included, as tfjs's ClipByValue gradient) or the logistic sigmoid.
 */
export function lstmStepForward(shape: LstmStepShape, recurrent: RecurrentActivation, input: LstmForwardInputs, out: LstmForwardOutputs) {
  const { batch, inputDim, units } = shape;
  const { xW, hU, bias, x, hPrev, cPrev } = input;
  const { h, c, cache } = out;
  const { xT, hT, cPrev: cPrevAt, gates, tanhC: tanhCAt, slopes } = cacheLayout(shape);
  const hard = recurrent === 'hardSigmoid';
  const u = units;
  for (let b = 0; b < batch; b++) {
    for (let k = 0; k < inputDim; k++) cache[xT + k * batch + b] = x[b * inputDim + k];
    for (let j = 0; j < u; j++) cache[hT + j * batch + b] = hPrev[b * u + j];
    const row = b * 4 * u;
    for (let j = 0; j < u; j++) {
      const q = row + j;
      const zi = f32(f32(xW[q] + hU[q]) + bias[j]);
      const zf = f32(f32(xW[q + u] + hU[q + u]) + bias[j + u]);
      const zg = f32(f32(xW[q + 2 * u] + hU[q + 2 * u]) + bias[j + 2 * u]);
      const zo = f32(f32(xW[q + 3 * u] + hU[q + 3 * u]) + bias[j + 3 * u]);
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

/** Backward outputs, written in place: dz [batch, 4·units], dc₋₁ [batch, units], db [4·units]. */
export interface LstmBackwardOutputs {
  dz: Float32Array;
  dcPrev: Float32Array;
  dBias: Float32Array;
}

/**
 * From dh and dc (the gradients of this step's h and c) to dz, the gradient of the gate
 * pre-activations, which the caller multiplies out into dx, dh₋₁, dW and dU; plus dc₋₁ and db.
 */
export function lstmStepBackward(shape: LstmStepShape, dh: Float32Array, dc: Float32Array, cache: Float32Array, out: LstmBackwardOutputs) {
  const { batch, units } = shape;
  const { dz, dcPrev, dBias } = out;
  const at = cacheLayout(shape);
  const gateWidth = 4 * units;
  for (let b = 0; b < batch; b++) {
    const row = b * gateWidth;
    for (let j = 0; j < units; j++) {
      const n = b * units + j;
      const i = cache[at.gates + row + j];
      const f = cache[at.gates + row + units + j];
      const g = cache[at.gates + row + 2 * units + j];
      const o = cache[at.gates + row + 3 * units + j];
      const tanhC = cache[at.tanhC + n];
      // h = o·tanh(c): the carry's gradient is its own plus what flows back through h.
      const dC = f32(dc[n] + f32(f32(dh[n] * o) * f32(1 - f32(tanhC * tanhC))));
      const dO = f32(dh[n] * tanhC);
      dcPrev[n] = f32(dC * f);
      dz[row + j] = f32(f32(dC * g) * cache[at.slopes + row + j]);
      dz[row + units + j] = f32(f32(dC * cache[at.cPrev + n]) * cache[at.slopes + row + units + j]);
      dz[row + 2 * units + j] = f32(f32(dC * i) * cache[at.slopes + row + 2 * units + j]);
      dz[row + 3 * units + j] = f32(dO * cache[at.slopes + row + 3 * units + j]);
    }
  }
  for (let q = 0; q < gateWidth; q++) {
    let sum = 0;
    for (let b = 0; b < batch; b++) sum += dz[b * gateWidth + q];
    dBias[q] = sum;
  }
}

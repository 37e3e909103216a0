/**
 * A whole LSTM layer (every time step) as one WASM kernel, and its gradient (backpropagation
 * through time) as one more. The forward multiplies all steps' inputs by W in one matmul, then per
 * step h₋₁·U and the gate math (lstmCellMath.ts); the backward walks the steps back with one
 * dz·Uᵀ product each, then makes dx, dW and dU one matmul each over all steps' rows. Against the
 * one-kernel-per-step cell (lstmCellKernels.ts) this also saves the per-step engine work: the
 * tape's saved copies, the weight gradients' accumulation, rnn()'s unstack and stack.
 */
import * as tf from '@tensorflow/tfjs';
import type { GradConfig, KernelConfig, KernelFunc, NamedAttrMap, TensorInfo } from '@tensorflow/tfjs-core';
import { cacheLayout, columnSums, gatesBackward, gatesForward, saveInputs, type LstmShape, type RecurrentActivation } from './lstmCellMath';
import { callKernel, release, type WasmBackend } from './wasmBackend';

/** Forward: inputs x [batch, steps, inputDim], kernel, recurrentKernel, bias; outputs the layer's output, h and c of the last step, and the cache. */
export const LSTM_SEQUENCE_KERNEL = 'SparkbookLstmSequence';
/** Backward: inputs dOutput, dH, dC (of the forward's first three outputs), cache, kernel, recurrentKernel; outputs dx, dW, dU, db. */
export const LSTM_SEQUENCE_GRAD_KERNEL = 'SparkbookLstmSequenceGrad';

/** The kernels' attributes: the layer's options that change the computation. */
export interface LstmSequenceAttrs {
  recurrentActivation: RecurrentActivation;
  /** Process the steps last to first (the output's step s is the s-th step processed, as in tfjs). */
  goBackwards: boolean;
  /** Output every step's h [batch, steps, units], not only the last [batch, units]. */
  returnSequences: boolean;
}

function matMul(wasm: WasmBackend, a: TensorInfo, b: TensorInfo, transposeA = false, transposeB = false): TensorInfo {
  return callKernel(undefined, 'BatchMatMul', wasm, { a, b }, { transposeA, transposeB });
}

function sequenceShape(x: TensorInfo, kernel: TensorInfo, recurrentKernel: TensorInfo, bias: TensorInfo): LstmShape {
  const [batch, steps, inputDim] = x.shape;
  const units = recurrentKernel.shape[0];
  const ok =
    x.shape.length === 3 &&
    steps > 0 &&
    kernel.shape.join() === [inputDim, 4 * units].join() &&
    recurrentKernel.shape.join() === [units, 4 * units].join() &&
    bias.shape.join() === String(4 * units);
  if (!ok)
    throw new Error(
      `${LSTM_SEQUENCE_KERNEL}: x ${x.shape}, kernel ${kernel.shape}, recurrentKernel ${recurrentKernel.shape}, bias ${bias.shape} do not fit an LSTM layer; expected [batch, steps ≥ 1, inputDim], [inputDim, 4·units], [units, 4·units], [4·units].`,
    );
  return { batch, inputDim, units, steps };
}

/** The time step that processing step `s` reads (and whose dx it writes). */
const timeOf = (s: number, steps: number, goBackwards: boolean) => (goBackwards ? steps - 1 - s : s);

function forward({ inputs, backend, attrs }: Parameters<KernelFunc>[0]): TensorInfo[] {
  const wasm = backend as unknown as WasmBackend;
  const heap = (t: TensorInfo) => wasm.typedArrayFromHeap(t);
  const { x, kernel, recurrentKernel, bias } = inputs as Record<string, TensorInfo>;
  const { recurrentActivation, goBackwards, returnSequences } = attrs as unknown as LstmSequenceAttrs;
  const shape = sequenceShape(x, kernel, recurrentKernel, bias);
  const { batch, inputDim, units, steps } = shape;
  const at = cacheLayout(shape);
  const size = batch * units;

  // x in processing order, one row per (step, batch entry), so that x·W is one product.
  const xRows = wasm.makeOutput([at.rows, inputDim], 'float32');
  const temporaries = [xRows];
  let hPrev: TensorInfo | null = null;
  try {
    const source = heap(x);
    const rows = heap(xRows);
    for (let s = 0; s < steps; s++) {
      const t = timeOf(s, steps, goBackwards);
      for (let b = 0; b < batch; b++)
        rows.set(source.subarray((b * steps + t) * inputDim, (b * steps + t + 1) * inputDim), (s * batch + b) * inputDim);
    }
    const xW = matMul(wasm, xRows, kernel);
    temporaries.push(xW);
    const output = wasm.makeOutput(returnSequences ? [batch, steps, units] : [batch, units], 'float32');
    const hLast = wasm.makeOutput([batch, units], 'float32');
    const cLast = wasm.makeOutput([batch, units], 'float32');
    const cache = wasm.makeOutput([at.rows, at.width], 'float32');
    let cPrev = new Float32Array(size);
    let cNext = new Float32Array(size);
    for (let s = 0; s < steps; s++) {
      const hU = hPrev ? matMul(wasm, hPrev, recurrentKernel) : null;
      const hNext = s === steps - 1 ? hLast : wasm.makeOutput([batch, units], 'float32');
      // Views after the allocations: a heap growth detaches earlier ones.
      const cached = heap(cache);
      saveInputs(shape, s, heap(xRows), s * batch, hPrev ? heap(hPrev) : null, cached);
      gatesForward(
        shape,
        recurrentActivation,
        s,
        { xW: heap(xW), xWRow: s * batch, hU: hU ? heap(hU) : null, bias: heap(bias), cPrev },
        heap(hNext),
        cNext,
        cached,
      );
      if (returnSequences) {
        const h = heap(hNext);
        const out = heap(output);
        for (let b = 0; b < batch; b++) out.set(h.subarray(b * units, (b + 1) * units), (b * steps + s) * units);
      }
      if (hU) release(wasm, hU);
      if (hPrev) release(wasm, hPrev);
      hPrev = hNext;
      [cPrev, cNext] = [cNext, cPrev];
    }
    hPrev = null; // hLast now, an output
    heap(cLast).set(cPrev);
    if (!returnSequences) heap(output).set(heap(hLast));
    return [output, hLast, cLast, cache];
  } finally {
    if (hPrev) release(wasm, hPrev);
    for (const t of temporaries) release(wasm, t);
  }
}

function backward({ inputs, backend, attrs }: Parameters<KernelFunc>[0]): TensorInfo[] {
  const wasm = backend as unknown as WasmBackend;
  const heap = (t: TensorInfo) => wasm.typedArrayFromHeap(t);
  const { dOutput, dH, dC, cache, kernel, recurrentKernel } = inputs as Record<string, TensorInfo>;
  const { goBackwards, returnSequences } = attrs as unknown as LstmSequenceAttrs;
  const [inputDim, gateWidth] = kernel.shape;
  const [batch, units] = dH.shape;
  const steps = cache.shape[0] / batch;
  const shape: LstmShape = { batch, inputDim, units, steps };
  const at = cacheLayout(shape);
  const size = batch * units;

  const dZ = wasm.makeOutput([at.rows, gateWidth], 'float32');
  const dzStep = wasm.makeOutput([batch, gateWidth], 'float32');
  const uT = wasm.makeOutput([gateWidth, units], 'float32');
  const xT = wasm.makeOutput([inputDim, at.rows], 'float32');
  const hT = wasm.makeOutput([units, at.rows], 'float32');
  const temporaries = [dZ, dzStep, uT, xT, hT];
  try {
    const u = heap(recurrentKernel);
    const ut = heap(uT);
    for (let j = 0; j < units; j++) for (let q = 0; q < gateWidth; q++) ut[q * units + j] = u[j * gateWidth + q];
    // dh entering the last step: the last h's own gradient, plus the output's when the output is that h.
    const dh = Float32Array.from(heap(dH));
    if (!returnSequences) {
      const dOut = heap(dOutput);
      for (let n = 0; n < size; n++) dh[n] = Math.fround(dh[n] + dOut[n]);
    }
    let dc = Float32Array.from(heap(dC));
    let dcPrev = new Float32Array(size);
    for (let s = steps - 1; s >= 0; s--) {
      if (returnSequences) {
        const dOut = heap(dOutput);
        for (let b = 0; b < batch; b++)
          for (let j = 0; j < units; j++) dh[b * units + j] = Math.fround(dh[b * units + j] + dOut[(b * steps + s) * units + j]);
      }
      gatesBackward(shape, s, dh, dc, heap(cache), heap(dzStep), dcPrev);
      heap(dZ).set(heap(dzStep), s * batch * gateWidth);
      if (s > 0) {
        const dhPrev = matMul(wasm, dzStep, uT);
        dh.set(heap(dhPrev));
        release(wasm, dhPrev);
      }
      [dc, dcPrev] = [dcPrev, dc];
    }
    const dxRows = matMul(wasm, dZ, kernel, false, true);
    const dx = wasm.makeOutput([batch, steps, inputDim], 'float32');
    {
      const rows = heap(dxRows);
      const out = heap(dx);
      for (let s = 0; s < steps; s++) {
        const t = timeOf(s, steps, goBackwards);
        for (let b = 0; b < batch; b++)
          out.set(rows.subarray((s * batch + b) * inputDim, (s * batch + b + 1) * inputDim), (b * steps + t) * inputDim);
      }
      release(wasm, dxRows);
    }
    const cached = heap(cache);
    heap(xT).set(cached.subarray(at.xT, at.xT + inputDim * at.rows));
    heap(hT).set(cached.subarray(at.hT, at.hT + units * at.rows));
    const dKernel = matMul(wasm, xT, dZ);
    const dRecurrentKernel = matMul(wasm, hT, dZ);
    const dBias = wasm.makeOutput([gateWidth], 'float32');
    columnSums(heap(dZ), at.rows, gateWidth, heap(dBias));
    return [dx, dKernel, dRecurrentKernel, dBias];
  } finally {
    for (const t of temporaries) release(wasm, t);
  }
}

/** The forward and backward kernels for 'wasm'. */
export const lstmSequenceKernelConfigs: KernelConfig[] = [
  { kernelName: LSTM_SEQUENCE_KERNEL, backendName: 'wasm', kernelFunc: forward as unknown as KernelFunc },
  { kernelName: LSTM_SEQUENCE_GRAD_KERNEL, backendName: 'wasm', kernelFunc: backward as unknown as KernelFunc },
];

/** The forward kernel's gradient: the backward kernel, once (the cache's dy is zeros: nothing reads the cache). */
export const lstmSequenceGradConfig: GradConfig = {
  kernelName: LSTM_SEQUENCE_KERNEL,
  inputsToSave: ['kernel', 'recurrentKernel'],
  outputsToSave: [false, false, false, true],
  gradFunc: (dys, saved, attrs) => {
    const [dOutput, dH, dC] = dys as tf.Tensor[];
    const [kernel, recurrentKernel, cache] = saved;
    const grads = tf
      .engine()
      .runKernel(LSTM_SEQUENCE_GRAD_KERNEL, { dOutput, dH, dC, cache, kernel, recurrentKernel }, attrs as NamedAttrMap) as tf.Tensor[];
    const [x, dKernel, dRecurrentKernel, bias] = grads;
    return { x: () => x, kernel: () => dKernel, recurrentKernel: () => dRecurrentKernel, bias: () => bias };
  },
};

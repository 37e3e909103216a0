/**
 * One LSTM time step as one WASM kernel, and its gradient as one more: the forward runs the two
 * products x·W and h₋₁·U on the WASM matmul kernel and the gate math in JS (lstmCellMath.ts); the
 * backward turns dh, dc into dz in JS and multiplies it out (dx = dz·Wᵀ, dh₋₁ = dz·Uᵀ, dW = xᵀ·dz,
 * dU = h₋₁ᵀ·dz) on the same matmul. tfjs-layers' LSTMCell runs ~140 engine ops a step, forward
 * and backward; here it is one op forward and one backward, so a 10-step sequence costs ~20 engine
 * ops plus the weight gradients' accumulation (fusedLstmCell.ts installs it in LSTMCell.call).
 *
 * A kernel, not tf.customGrad: customGrad's forward may return only one tensor, and a step has
 * two (h and c) plus the cache its gradient needs.
 */
import * as tf from '@tensorflow/tfjs';
import type { GradConfig, KernelConfig, KernelFunc, NamedAttrMap, TensorInfo } from '@tensorflow/tfjs-core';
import { cacheLayout, columnSums, gatesBackward, gatesForward, saveInputs, type LstmShape, type RecurrentActivation } from './lstmCellMath';
import { callKernel, release, type WasmBackend } from './wasmBackend';

/** Forward: inputs x, h, c, kernel, recurrentKernel, bias; outputs h, c, cache. */
export const LSTM_CELL_KERNEL = 'SparkbookLstmCell';
/** Backward: inputs dh, dc, cache, kernel, recurrentKernel; outputs dx, dh₋₁, dc₋₁, dW, dU, db. */
export const LSTM_CELL_GRAD_KERNEL = 'SparkbookLstmCellGrad';

/** The kernels' one attribute. */
export interface LstmCellAttrs {
  recurrentActivation: RecurrentActivation;
}

function matMul(wasm: WasmBackend, a: TensorInfo, b: TensorInfo, transposeA = false, transposeB = false): TensorInfo {
  // The registry's BatchMatMul: ours (matMulWithoutTransposes.ts) while our kernels are registered.
  return callKernel(undefined, 'BatchMatMul', wasm, { a, b }, { transposeA, transposeB });
}

function stepShape(x: TensorInfo, h: TensorInfo, kernel: TensorInfo, recurrentKernel: TensorInfo): LstmShape {
  const [batch, inputDim] = x.shape;
  const units = h.shape[1];
  const ok =
    x.shape.length === 2 &&
    h.shape.length === 2 &&
    h.shape[0] === batch &&
    kernel.shape.join() === [inputDim, 4 * units].join() &&
    recurrentKernel.shape.join() === [units, 4 * units].join();
  if (!ok)
    throw new Error(
      `${LSTM_CELL_KERNEL}: x ${x.shape}, h ${h.shape}, kernel ${kernel.shape}, recurrentKernel ${recurrentKernel.shape} do not fit one LSTM step; expected [batch, inputDim], [batch, units], [inputDim, 4·units], [units, 4·units].`,
    );
  return { batch, inputDim, units, steps: 1 };
}

function forward({ inputs, backend, attrs }: Parameters<KernelFunc>[0]): TensorInfo[] {
  const wasm = backend as unknown as WasmBackend;
  const { x, h, c, kernel, recurrentKernel, bias } = inputs as Record<string, TensorInfo>;
  const { recurrentActivation } = attrs as unknown as LstmCellAttrs;
  const shape = stepShape(x, h, kernel, recurrentKernel);
  const xW = matMul(wasm, x, kernel);
  const hU = matMul(wasm, h, recurrentKernel);
  try {
    const hOut = wasm.makeOutput([shape.batch, shape.units], 'float32');
    const cOut = wasm.makeOutput([shape.batch, shape.units], 'float32');
    const cache = wasm.makeOutput([shape.batch, cacheLayout(shape).width], 'float32');
    // Views after the allocations: a heap growth detaches earlier ones.
    const heap = (t: TensorInfo) => wasm.typedArrayFromHeap(t);
    const cached = heap(cache);
    saveInputs(shape, 0, heap(x), 0, heap(h), cached);
    gatesForward(
      shape,
      recurrentActivation,
      0,
      { xW: heap(xW), xWRow: 0, hU: heap(hU), bias: heap(bias), cPrev: heap(c) },
      heap(hOut),
      heap(cOut),
      cached,
    );
    return [hOut, cOut, cache];
  } finally {
    release(wasm, xW);
    release(wasm, hU);
  }
}

function backward({ inputs, backend }: Parameters<KernelFunc>[0]): TensorInfo[] {
  const wasm = backend as unknown as WasmBackend;
  const { dh, dc, cache, kernel, recurrentKernel } = inputs as Record<string, TensorInfo>;
  const [inputDim, gateWidth] = kernel.shape;
  const shape: LstmShape = { batch: dh.shape[0], inputDim, units: gateWidth / 4, steps: 1 };
  const { batch, units } = shape;
  const at = cacheLayout(shape);
  const dz = wasm.makeOutput([batch, gateWidth], 'float32');
  const xT = wasm.makeOutput([inputDim, batch], 'float32');
  const hT = wasm.makeOutput([units, batch], 'float32');
  const temporaries = [dz, xT, hT];
  try {
    const dcPrev = wasm.makeOutput([batch, units], 'float32');
    const dBias = wasm.makeOutput([gateWidth], 'float32');
    const heap = (t: TensorInfo) => wasm.typedArrayFromHeap(t);
    const cached = heap(cache);
    heap(xT).set(cached.subarray(at.xT, at.xT + inputDim * batch));
    heap(hT).set(cached.subarray(at.hT, at.hT + units * batch));
    gatesBackward(shape, 0, heap(dh), heap(dc), cached, heap(dz), heap(dcPrev));
    columnSums(heap(dz), batch, gateWidth, heap(dBias));
    const dx = matMul(wasm, dz, kernel, false, true);
    const dhPrev = matMul(wasm, dz, recurrentKernel, false, true);
    const dKernel = matMul(wasm, xT, dz);
    const dRecurrentKernel = matMul(wasm, hT, dz);
    return [dx, dhPrev, dcPrev, dKernel, dRecurrentKernel, dBias];
  } finally {
    for (const t of temporaries) release(wasm, t);
  }
}

/** The forward and backward kernels for 'wasm'. */
export const lstmCellKernelConfigs: KernelConfig[] = [
  { kernelName: LSTM_CELL_KERNEL, backendName: 'wasm', kernelFunc: forward as unknown as KernelFunc },
  { kernelName: LSTM_CELL_GRAD_KERNEL, backendName: 'wasm', kernelFunc: backward as unknown as KernelFunc },
];

/**
 * The forward kernel's gradient: the backward kernel, once, with every input's gradient. The
 * engine calls it outside any per-input tidy, so the six results live until the gradient pass
 * ends and the ones it does not need (e.g. dx of a model input) are disposed with it.
 */
export const lstmCellGradConfig: GradConfig = {
  kernelName: LSTM_CELL_KERNEL,
  inputsToSave: ['kernel', 'recurrentKernel'],
  outputsToSave: [false, false, true],
  gradFunc: (dys, saved, attrs) => {
    // dys[2] (the cache's) is zeros: nothing downstream reads the cache.
    const [dh, dc] = dys as tf.Tensor[];
    const [kernel, recurrentKernel, cache] = saved;
    const grads = tf
      .engine()
      .runKernel(LSTM_CELL_GRAD_KERNEL, { dh, dc, cache, kernel, recurrentKernel }, attrs as NamedAttrMap) as tf.Tensor[];
    const [x, h, c, dKernel, dRecurrentKernel, bias] = grads;
    return { x: () => x, h: () => h, c: () => c, kernel: () => dKernel, recurrentKernel: () => dRecurrentKernel, bias: () => bias };
  },
};

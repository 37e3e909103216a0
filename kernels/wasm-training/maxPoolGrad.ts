/**
 * MaxPoolGrad for WASM: the stock kernel is the slowest step of CNN training (about a quarter
 * of it). Each output's gradient goes to the first maximum of its window, scanned row by row as
 * the CPU backend does, so ties (common after ReLU) resolve the same way.
 */
import * as tf from '@tensorflow/tfjs';
import type { KernelConfig, KernelFunc, MaxPoolGradAttrs, TensorInfo } from '@tensorflow/tfjs-core';
import type { WasmBackend } from './wasmBackend';

function maxPoolGrad({ inputs, backend, attrs }: Parameters<KernelFunc>[0]): TensorInfo {
  const wasm = backend as unknown as WasmBackend;
  const dy = inputs.dy as TensorInfo;
  const input = inputs.input as TensorInfo;
  const { filterSize, strides, pad, dimRoundingMode } = attrs as unknown as MaxPoolGradAttrs;
  const info = tf.backend_util.computePool2DInfo(input.shape as [number, number, number, number], filterSize, strides, 1, pad, dimRoundingMode);
  const dx = wasm.makeOutput([...input.shape], 'float32');
  // Views after the allocation (a heap growth detaches older ones).
  const dxValues = wasm.typedArrayFromHeap(dx);
  dxValues.fill(0);
  scatterToMaxima(dxValues, wasm.typedArrayFromHeap(input), wasm.typedArrayFromHeap(dy), info);
  return dx;
}

/** The pooling geometry scatterToMaxima reads (a subset of backend_util.Conv2DInfo). */
type PoolGeometry = Pick<
  tf.backend_util.Conv2DInfo,
  'batchSize' | 'inHeight' | 'inWidth' | 'inChannels' | 'outHeight' | 'outWidth' | 'filterHeight' | 'filterWidth' | 'strideHeight' | 'strideWidth' | 'padInfo'
>;

/** dx[argmax of window] += dy[window] for every NHWC output position. */
export function scatterToMaxima(dx: Float32Array, x: Float32Array, dy: Float32Array, g: PoolGeometry) {
  const { batchSize, inHeight, inWidth, inChannels: C, outHeight, outWidth, filterHeight, filterWidth, strideHeight, strideWidth } = g;
  const { top, left } = g.padInfo;
  let o = 0;
  for (let n = 0; n < batchSize; n++) {
    const base = n * inHeight * inWidth * C;
    for (let oy = 0; oy < outHeight; oy++) {
      const y0 = oy * strideHeight - top;
      const yStart = Math.max(0, y0);
      const yEnd = Math.min(inHeight, y0 + filterHeight);
      for (let ox = 0; ox < outWidth; ox++) {
        const x0 = ox * strideWidth - left;
        const xStart = Math.max(0, x0);
        const xEnd = Math.min(inWidth, x0 + filterWidth);
        for (let c = 0; c < C; c++, o++) {
          let best = Number.NEGATIVE_INFINITY;
          let at = -1;
          for (let y = yStart; y < yEnd; y++) {
            let i = base + (y * inWidth + xStart) * C + c;
            for (let xx = xStart; xx < xEnd; xx++, i += C) {
              if (x[i] > best) {
                best = x[i];
                at = i;
              }
            }
          }
          if (at >= 0) dx[at] += dy[o];
        }
      }
    }
  }
}

export const maxPoolGradConfig: KernelConfig = {
  kernelName: 'MaxPoolGrad',
  backendName: 'wasm',
  kernelFunc: maxPoolGrad as KernelFunc,
};

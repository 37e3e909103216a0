/**
 * MaxPoolGrad for WASM: the stock kernel is the slowest step of CNN training (about a quarter
 * of it). The usual 2x2 pooling with stride 2 runs as a WebAssembly SIMD loop (simdKernels.wat,
 * 4 channels a step); other 2x2 pooling has an unrolled JS loop of its own. Each output's
 * gradient goes to the first maximum of its window, scanned row by row as the CPU backend does,
 * so ties (common after ReLU) resolve the same way.
 */
import * as tf from '@tensorflow/tfjs';
import type { KernelConfig, KernelFunc, MaxPoolGradAttrs, TensorInfo } from '@tensorflow/tfjs-core';
import { simdKernelsFor } from './simdKernels';
import type { WasmBackend } from './wasmBackend';

function maxPoolGrad({ inputs, backend, attrs }: Parameters<KernelFunc>[0]): TensorInfo {
  const wasm = backend as unknown as WasmBackend;
  const dy = inputs.dy as TensorInfo;
  const input = inputs.input as TensorInfo;
  const { filterSize, strides, pad, dimRoundingMode } = attrs as unknown as MaxPoolGradAttrs;
  const info = tf.backend_util.computePool2DInfo(
    input.shape as [number, number, number, number],
    filterSize,
    strides,
    1,
    pad,
    dimRoundingMode,
  );
  const dx = wasm.makeOutput([...input.shape], 'float32');
  // Views after the allocation (a heap growth detaches older ones).
  const dxValues = wasm.typedArrayFromHeap(dx);
  const simd = simdKernelsFor(wasm);
  if (simd && isTiling2x2(info)) {
    const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth } = info;
    // The loop writes every element a window covers; an odd last row or column is left to this.
    if (2 * outHeight < inHeight || 2 * outWidth < inWidth) dxValues.fill(0);
    const rowBytes = inWidth * inChannels * 4;
    simd.maxPoolGrad2x2Stride2(
      dxValues.byteOffset,
      wasm.typedArrayFromHeap(input).byteOffset,
      wasm.typedArrayFromHeap(dy).byteOffset,
      batchSize,
      outHeight,
      outWidth,
      inChannels * 4,
      rowBytes,
      inHeight * rowBytes,
    );
    return dx;
  }
  dxValues.fill(0);
  if (isInBounds2x2(info)) scatterToMaxima2x2(dxValues, wasm.typedArrayFromHeap(input), wasm.typedArrayFromHeap(dy), info);
  else scatterToMaxima(dxValues, wasm.typedArrayFromHeap(input), wasm.typedArrayFromHeap(dy), info);
  return dx;
}

/** The pooling geometry scatterToMaxima reads (a subset of backend_util.Conv2DInfo). */
type PoolGeometry = Pick<
  tf.backend_util.Conv2DInfo,
  | 'batchSize'
  | 'inHeight'
  | 'inWidth'
  | 'inChannels'
  | 'outHeight'
  | 'outWidth'
  | 'filterHeight'
  | 'filterWidth'
  | 'strideHeight'
  | 'strideWidth'
  | 'padInfo'
>;

/**
 * dx[argmax of window] += dy[window] for every NHWC output position. Channels are the inner
 * loop, so the window is read in contiguous runs of C values, with a running maximum and its
 * index per channel (the first maximum in row-major window order wins ties, as on the CPU).
 */
export function scatterToMaxima(dx: Float32Array, x: Float32Array, dy: Float32Array, g: PoolGeometry) {
  const { batchSize, inHeight, inWidth, inChannels: C, outHeight, outWidth, filterHeight, filterWidth, strideHeight, strideWidth } = g;
  const { top, left } = g.padInfo;
  const best = new Float32Array(C);
  const at = new Int32Array(C);
  let o = 0;
  for (let n = 0; n < batchSize; n++) {
    const base = n * inHeight * inWidth * C;
    for (let oy = 0; oy < outHeight; oy++) {
      const y0 = oy * strideHeight - top;
      const yStart = Math.max(0, y0);
      const yEnd = Math.min(inHeight, y0 + filterHeight);
      for (let ox = 0; ox < outWidth; ox++, o += C) {
        const x0 = ox * strideWidth - left;
        const xStart = Math.max(0, x0);
        const xEnd = Math.min(inWidth, x0 + filterWidth);
        best.fill(Number.NEGATIVE_INFINITY);
        at.fill(-1);
        for (let y = yStart; y < yEnd; y++) {
          for (let xx = xStart; xx < xEnd; xx++) {
            const i = base + (y * inWidth + xx) * C;
            for (let c = 0; c < C; c++) {
              const v = x[i + c];
              if (v > best[c]) {
                best[c] = v;
                at[c] = i + c;
              }
            }
          }
        }
        for (let c = 0; c < C; c++) if (at[c] >= 0) dx[at[c]] += dy[o + c];
      }
    }
  }
}

/** Whether every window is 2x2 and wholly inside the input (the usual `maxPooling2d({ poolSize: 2 })`). */
export function isInBounds2x2(g: PoolGeometry) {
  const { filterHeight, filterWidth, padInfo, outHeight, outWidth, strideHeight, strideWidth, inHeight, inWidth } = g;
  return (
    filterHeight === 2 &&
    filterWidth === 2 &&
    padInfo.top === 0 &&
    padInfo.left === 0 &&
    (outHeight - 1) * strideHeight + 2 <= inHeight &&
    (outWidth - 1) * strideWidth + 2 <= inWidth
  );
}

/**
 * Whether the windows are in-bounds 2x2 with stride 2 (they tile the input, no overlap) over a
 * multiple of 4 channels: the case the SIMD loop (simdKernels.wat) handles, 4 channels a step.
 */
export function isTiling2x2(g: PoolGeometry) {
  return isInBounds2x2(g) && g.strideHeight === 2 && g.strideWidth === 2 && g.inChannels % 4 === 0 && g.outHeight > 0 && g.outWidth > 0;
}

/** scatterToMaxima for in-bounds 2x2 windows, unrolled: about twice as fast as the general loop. */
export function scatterToMaxima2x2(dx: Float32Array, x: Float32Array, dy: Float32Array, g: PoolGeometry) {
  const { batchSize, inHeight, inWidth, inChannels: C, outHeight, outWidth, strideHeight, strideWidth } = g;
  const row = inWidth * C;
  let o = 0;
  for (let n = 0; n < batchSize; n++) {
    const base = n * inHeight * row;
    for (let oy = 0; oy < outHeight; oy++) {
      for (let ox = 0; ox < outWidth; ox++) {
        const corner = base + oy * strideHeight * row + ox * strideWidth * C;
        for (let c = 0; c < C; c++, o++) {
          const i0 = corner + c;
          const i1 = i0 + C;
          const i2 = i0 + row;
          const i3 = i2 + C;
          // Strict comparisons in row-major window order: the first maximum wins, as on the CPU.
          let best = Number.NEGATIVE_INFINITY;
          let at = -1;
          if (x[i0] > best) {
            best = x[i0];
            at = i0;
          }
          if (x[i1] > best) {
            best = x[i1];
            at = i1;
          }
          if (x[i2] > best) {
            best = x[i2];
            at = i2;
          }
          if (x[i3] > best) at = i3;
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

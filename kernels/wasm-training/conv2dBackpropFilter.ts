/**
 * Conv2DBackpropFilter for WASM, which tfjs-backend-wasm lacks (so no CNN could train on it).
 * A 3x3 filter over one input channel (a CNN's first layer) is a WebAssembly SIMD loop
 * (simdKernels.wat) over a zero-padded copy of x. Channels-last with channels in fours (every
 * later layer) is gemm.wat's product of x's patches, packed in place, by dy.
 * With stride 1 (channels-last) the filter gradient is a convolution that XNNPACK runs through
 * the stock Conv2D: of x with channels and batch swapped ([C, H, W, N]) by dy as the filter
 * ([oh, ow, N, O]), same padding as the forward pass, giving [C, fh, fw, O]; two transposes
 * around it. Otherwise the filter gradient is dW[k, o] = Σ_p cols[k, p] · dy[p, o], where p runs over every output
 * position of every sample and cols[k, p] is the input pixel the filter tap k saw there
 * (im2col, written here already transposed). One row-major product through the stock
 * BatchMatMul (XNNPACK) does the rest. Handles 'same', 'valid', explicit padding, strides,
 * dimRoundingMode and both data formats.
 */
import * as tf from '@tensorflow/tfjs';
import type { Conv2DBackpropFilterAttrs, KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { filterGradientScratchFloats, gemmFor, patchGeometry, type PatchGeometry } from './gemm';
import { simdKernelsFor } from './simdKernels';
import { callKernel, release, view, type WasmBackend } from './wasmBackend';

const { backend_util } = tf;

function conv2dBackpropFilter({ inputs, backend, attrs }: Parameters<KernelFunc>[0]): TensorInfo {
  const wasm = backend as unknown as WasmBackend;
  const x = inputs.x as TensorInfo;
  let dy = inputs.dy as TensorInfo;
  const { strides, pad, dataFormat, dimRoundingMode, filterShape } = attrs as unknown as Conv2DBackpropFilterAttrs;
  if (x.dtype !== 'float32' || dy.dtype !== 'float32') {
    throw new Error(`Conv2DBackpropFilter on WASM needs float32 x and dy, got ${x.dtype} and ${dy.dtype}.`);
  }
  const channelsLast = backend_util.convertConv2DDataFormat(dataFormat) === 'channelsLast';
  const info = backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number],
    filterShape,
    strides,
    1,
    pad,
    dimRoundingMode,
    false,
    channelsLast ? 'channelsLast' : 'channelsFirst',
  );
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels, filterHeight, filterWidth } = info;
  const positions = batchSize * outHeight * outWidth;
  const taps = filterHeight * filterWidth * inChannels;

  const temporaries: TensorInfo[] = [];
  try {
    const simd = simdKernelsFor(wasm);
    if (simd && channelsLast && isOneChannel3x3(info)) {
      // The first layer of an image CNN: a direct SIMD loop beats im2col plus a product whose
      // weight operand (dy, the big one) XNNPACK would repack on every call.
      const { top, left } = info.padInfo;
      const xPadded = wasm.makeOutput([batchSize, outHeight + 2, outWidth + 2], 'float32');
      temporaries.push(xPadded);
      const dW = wasm.makeOutput([...info.filterShape], 'float32');
      // Views after the last allocation: a heap growth would detach earlier ones.
      const padded = wasm.typedArrayFromHeap(xPadded);
      padded.fill(0);
      const heap = new Float32Array(padded.buffer);
      const xStart = wasm.typedArrayFromHeap(x).byteOffset >> 2;
      const paddedStart = padded.byteOffset >> 2;
      const paddedRow = outWidth + 2;
      for (let n = 0; n < batchSize; n++) {
        for (let y = 0; y < inHeight; y++) {
          const from = xStart + (n * inHeight + y) * inWidth;
          heap.copyWithin(paddedStart + (n * (outHeight + 2) + y + top) * paddedRow + left, from, from + inWidth);
        }
      }
      simd.filterGrad3x3OneChannel(
        wasm.typedArrayFromHeap(dW).byteOffset,
        padded.byteOffset,
        wasm.typedArrayFromHeap(dy).byteOffset,
        batchSize,
        outHeight,
        outWidth,
        outChannels,
      );
      return dW;
    }
    const gemm = gemmFor(wasm);
    if (gemm && channelsLast && inChannels % 4 === 0) {
      // gemm.wat packs x's patches in fours of channels straight into the product's panels.
      const dW = wasm.makeOutput([...info.filterShape], 'float32');
      const scratch = wasm.makeOutput([filterGradientScratchFloats(taps, outChannels, positions)], 'float32');
      temporaries.push(scratch);
      const at = (t: TensorInfo) => wasm.typedArrayFromHeap(t).byteOffset;
      gemm.filterGradient(at(dW), at(x), at(dy), patchGeometry(info), outChannels, at(scratch));
      return dW;
    }
    // One input channel: im2col is contiguous copies and the product is cheap (M = taps); with
    // more channels the gather is slow in JS and the convolution form wins.
    if (channelsLast && inChannels > 1 && info.strideHeight === 1 && info.strideWidth === 1) {
      const xT = callKernel(undefined, 'Transpose', wasm, { x }, { perm: [3, 1, 2, 0] });
      temporaries.push(xT);
      const dyT = callKernel(undefined, 'Transpose', wasm, { x: dy }, { perm: [1, 2, 0, 3] });
      temporaries.push(dyT);
      const { top, bottom, left, right } = info.padInfo;
      const dWT = callKernel(undefined, 'Conv2D', wasm, { x: xT, filter: dyT }, {
        strides: [1, 1],
        dilations: [1, 1],
        pad: [
          [0, 0],
          [top, bottom],
          [left, right],
          [0, 0],
        ],
        dataFormat: 'NHWC',
      } as never);
      temporaries.push(dWT);
      return callKernel(undefined, 'Transpose', wasm, { x: dWT }, { perm: [1, 2, 0, 3] });
    }
    if (!channelsLast) {
      // dy must be [positions, outChannels] row-major for the product: NCHW → NHWC.
      dy = callKernel(undefined, 'Transpose', wasm, { x: dy }, { perm: [0, 2, 3, 1] });
      temporaries.push(dy);
    }
    const colsT = wasm.makeOutput([taps, positions], 'float32');
    temporaries.push(colsT);
    // Views taken after the last allocation: a heap growth would detach earlier ones.
    fillTransposedColumns(wasm.typedArrayFromHeap(colsT), wasm.typedArrayFromHeap(x), {
      channelsLast,
      batchSize,
      inHeight,
      inWidth,
      inChannels,
      outHeight,
      outWidth,
      filterHeight,
      filterWidth,
      strideHeight: info.strideHeight,
      strideWidth: info.strideWidth,
      padTop: info.padInfo.top,
      padLeft: info.padInfo.left,
    });
    const dW = callKernel(
      undefined,
      'BatchMatMul',
      wasm,
      { a: view(colsT, [1, taps, positions]), b: view(dy, [1, positions, outChannels]) },
      {
        transposeA: false,
        transposeB: false,
      },
    );
    dW.shape = [...info.filterShape];
    return dW;
  } finally {
    for (const t of temporaries) release(wasm, t);
  }
}

/**
 * A 3x3 filter over one input channel, stride 1, output channels in fours, padding that keeps
 * the input inside [outHeight + 2, outWidth + 2]: what simdKernels.wat's filterGrad3x3OneChannel
 * handles.
 */
export function isOneChannel3x3(info: tf.backend_util.Conv2DInfo) {
  const { inChannels, filterHeight, filterWidth, strideHeight, strideWidth, dilationHeight, dilationWidth, outChannels } = info;
  const { top, bottom, left, right } = info.padInfo;
  return (
    inChannels === 1 &&
    filterHeight === 3 &&
    filterWidth === 3 &&
    strideHeight === 1 &&
    strideWidth === 1 &&
    dilationHeight === 1 &&
    dilationWidth === 1 &&
    outChannels % 4 === 0 &&
    info.outHeight > 0 &&
    info.outWidth > 0 &&
    top + info.inHeight + bottom === info.outHeight + 2 &&
    left + info.inWidth + right === info.outWidth + 2
  );
}

/** The geometry fillTransposedColumns needs: a convolution's, and its data format. */
export interface ColumnGeometry extends PatchGeometry {
  channelsLast: boolean;
}

/**
 * Writes colsT[(fy·fw + fx)·C + c][(n·oh + oy)·ow + ox] = x[n, oy·sh − pt + fy, ox·sw − pl + fx, c]
 * (0 outside the image). Rows are written contiguously; the inner loop over ox is branch-free
 * between the first and last in-bounds column.
 */
export function fillTransposedColumns(colsT: Float32Array, x: Float32Array, g: ColumnGeometry) {
  const {
    batchSize,
    inHeight,
    inWidth,
    inChannels,
    outHeight,
    outWidth,
    filterHeight,
    filterWidth,
    strideHeight,
    strideWidth,
    padTop,
    padLeft,
  } = g;
  const rowStride = g.channelsLast ? inWidth * inChannels : inWidth;
  const colStride = g.channelsLast ? inChannels : 1;
  const channelStride = g.channelsLast ? 1 : inHeight * inWidth;
  const batchStride = inHeight * inWidth * inChannels;
  const positions = batchSize * outHeight * outWidth;
  for (let fy = 0; fy < filterHeight; fy++) {
    for (let fx = 0; fx < filterWidth; fx++) {
      // Output columns whose input column ox·sw − pl + fx is inside [0, inWidth).
      const firstOx = Math.max(0, Math.ceil((padLeft - fx) / strideWidth));
      const lastOx = Math.min(outWidth - 1, Math.floor((inWidth - 1 + padLeft - fx) / strideWidth));
      for (let c = 0; c < inChannels; c++) {
        let out = ((fy * filterWidth + fx) * inChannels + c) * positions;
        for (let n = 0; n < batchSize; n++) {
          const base = n * batchStride + c * channelStride;
          for (let oy = 0; oy < outHeight; oy++) {
            const iy = oy * strideHeight - padTop + fy;
            if (iy < 0 || iy >= inHeight || firstOx > lastOx) {
              colsT.fill(0, out, out + outWidth);
              out += outWidth;
              continue;
            }
            const rowBase = base + iy * rowStride;
            let ox = 0;
            for (; ox < firstOx; ox++) colsT[out++] = 0;
            let src = rowBase + (firstOx * strideWidth - padLeft + fx) * colStride;
            const step = strideWidth * colStride;
            if (step === 1) {
              // A contiguous run (one channel, stride 1): a native copy.
              colsT.set(x.subarray(src, src + lastOx - firstOx + 1), out);
              out += lastOx - firstOx + 1;
              ox = lastOx + 1;
            }
            for (; ox <= lastOx; ox++, src += step) colsT[out++] = x[src];
            for (; ox < outWidth; ox++) colsT[out++] = 0;
          }
        }
      }
    }
  }
}

export const conv2dBackpropFilterConfig: KernelConfig = {
  kernelName: 'Conv2DBackpropFilter',
  backendName: 'wasm',
  kernelFunc: conv2dBackpropFilter as KernelFunc,
};

/**
 * Conv2DBackpropInput for WASM (channels-last): the stock kernel is a direct loop and the
 * slowest step of CNN training. Here cols = dy · Wᵀ is one row-major XNNPACK product
 * ([positions, outC] · [outC, taps]), and col2im adds each column back onto the input pixel its
 * filter tap saw. Channels-first data goes to the stock kernel.
 */
import * as tf from '@tensorflow/tfjs';
import type { Conv2DBackpropInputAttrs, KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { callKernel, release, view, type WasmBackend } from './wasmBackend';

/** The stock config, for channels-first data (set when registering). */
export function conv2dBackpropInputConfig(stock: KernelConfig): KernelConfig {
  const kernelFunc = ({ inputs, backend, attrs }: Parameters<KernelFunc>[0]): TensorInfo => {
    const wasm = backend as unknown as WasmBackend;
    const dy = inputs.dy as TensorInfo;
    const filter = inputs.filter as TensorInfo;
    const { strides, pad, dataFormat, dimRoundingMode, inputShape } = attrs as unknown as Conv2DBackpropInputAttrs;
    if (tf.backend_util.convertConv2DDataFormat(dataFormat) !== 'channelsLast') {
      return callKernel(stock, stock.kernelName, wasm, inputs, attrs);
    }
    const info = tf.backend_util.computeConv2DInfo(inputShape, filter.shape as [number, number, number, number], strides, 1, pad, dimRoundingMode);
    const positions = info.batchSize * info.outHeight * info.outWidth;
    const taps = info.filterHeight * info.filterWidth * info.inChannels;
    const temporaries: TensorInfo[] = [];
    try {
      const filterT = callKernel(undefined, 'Transpose', wasm, { x: view(filter, [taps, info.outChannels]) }, { perm: [1, 0] });
      temporaries.push(filterT);
      const cols = callKernel(undefined, 'BatchMatMul', wasm, { a: view(dy, [1, positions, info.outChannels]), b: view(filterT, [1, info.outChannels, taps]) }, {
        transposeA: false,
        transposeB: false,
      });
      temporaries.push(cols);
      const dx = wasm.makeOutput([...inputShape], 'float32');
      const dxValues = wasm.typedArrayFromHeap(dx); // after the last allocation
      dxValues.fill(0);
      addColumnsToImage(dxValues, wasm.typedArrayFromHeap(cols), info);
      return dx;
    } finally {
      for (const t of temporaries) release(wasm, t);
    }
  };
  return { kernelName: 'Conv2DBackpropInput', backendName: 'wasm', setupFunc: stock.setupFunc, kernelFunc: kernelFunc as KernelFunc };
}

/** col2im: dx[n, oy·sh − pt + fy, ox·sw − pl + fx, c] += cols[(n·oh + oy)·ow + ox][(fy·fw + fx)·C + c]. */
export function addColumnsToImage(dx: Float32Array, cols: Float32Array, g: tf.backend_util.Conv2DInfo) {
  const { batchSize, inHeight, inWidth, inChannels: C, outHeight, outWidth, filterHeight, filterWidth, strideHeight, strideWidth } = g;
  const { top, left } = g.padInfo;
  const taps = filterHeight * filterWidth * C;
  let p = 0;
  for (let n = 0; n < batchSize; n++) {
    const base = n * inHeight * inWidth * C;
    for (let oy = 0; oy < outHeight; oy++) {
      for (let ox = 0; ox < outWidth; ox++, p++) {
        const row = p * taps;
        for (let fy = 0; fy < filterHeight; fy++) {
          const iy = oy * strideHeight - top + fy;
          if (iy < 0 || iy >= inHeight) continue;
          for (let fx = 0; fx < filterWidth; fx++) {
            const ix = ox * strideWidth - left + fx;
            if (ix < 0 || ix >= inWidth) continue;
            const dst = base + (iy * inWidth + ix) * C;
            const src = row + (fy * filterWidth + fx) * C;
            for (let c = 0; c < C; c++) dx[dst + c] += cols[src + c];
          }
        }
      }
    }
  }
}

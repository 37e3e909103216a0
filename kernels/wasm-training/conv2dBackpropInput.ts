/**
 * Conv2DBackpropInput for WASM (channels-last): the stock kernel is a direct loop and the
 * slowest step of CNN training. With stride 1 the input gradient is itself a convolution: of dy
 * with the filter rotated by 180° and its channel axes swapped, padded by (filter − 1 − pad),
 * which the stock Conv2D runs through XNNPACK at forward-pass speed. Other strides use
 * cols = dy · Wᵀ, one row-major XNNPACK product ([positions, outC] · [outC, taps]), and col2im
 * adds each column back onto the input pixel its filter tap saw. Channels-first data goes to the
 * stock kernel.
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
    const info = tf.backend_util.computeConv2DInfo(
      inputShape,
      filter.shape as [number, number, number, number],
      strides,
      1,
      pad,
      dimRoundingMode,
    );
    const viaConvolution = convolutionPadding(info);
    if (viaConvolution) return inputGradientByConvolution(wasm, dy, filter, info, viaConvolution);
    const positions = info.batchSize * info.outHeight * info.outWidth;
    const taps = info.filterHeight * info.filterWidth * info.inChannels;
    const temporaries: TensorInfo[] = [];
    try {
      const filterT = callKernel(undefined, 'Transpose', wasm, { x: view(filter, [taps, info.outChannels]) }, { perm: [1, 0] });
      temporaries.push(filterT);
      const cols = callKernel(
        undefined,
        'BatchMatMul',
        wasm,
        { a: view(dy, [1, positions, info.outChannels]), b: view(filterT, [1, info.outChannels, taps]) },
        {
          transposeA: false,
          transposeB: false,
        },
      );
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

/** The padding of dx = conv(dy, rotated W) when stride and dilation are 1, or null. */
export function convolutionPadding(
  info: tf.backend_util.Conv2DInfo,
): [[number, number], [number, number], [number, number], [number, number]] | null {
  const { strideHeight, strideWidth, dilationHeight, dilationWidth, filterHeight: fh, filterWidth: fw, padInfo } = info;
  if (strideHeight !== 1 || strideWidth !== 1 || dilationHeight !== 1 || dilationWidth !== 1) return null;
  const pads = [fh - 1 - padInfo.top, fh - 1 - padInfo.bottom, fw - 1 - padInfo.left, fw - 1 - padInfo.right];
  if (pads.some((p) => p < 0)) return null;
  return [
    [0, 0],
    [pads[0], pads[1]],
    [pads[2], pads[3]],
    [0, 0],
  ];
}

/** rotated[fh−1−fy, fw−1−fx, o, c] = W[fy, fx, c, o]: the filter of the transposed convolution. */
export function rotateFilter(rotated: Float32Array, w: Float32Array, fh: number, fw: number, inC: number, outC: number) {
  for (let fy = 0; fy < fh; fy++) {
    for (let fx = 0; fx < fw; fx++) {
      const src = (fy * fw + fx) * inC * outC;
      const dst = ((fh - 1 - fy) * fw + (fw - 1 - fx)) * outC * inC;
      for (let c = 0; c < inC; c++) for (let o = 0; o < outC; o++) rotated[dst + o * inC + c] = w[src + c * outC + o];
    }
  }
}

function inputGradientByConvolution(
  wasm: WasmBackend,
  dy: TensorInfo,
  filter: TensorInfo,
  info: tf.backend_util.Conv2DInfo,
  pad: [[number, number], [number, number], [number, number], [number, number]],
): TensorInfo {
  const { filterHeight: fh, filterWidth: fw, inChannels, outChannels } = info;
  const rotated = wasm.makeOutput([fh, fw, outChannels, inChannels], 'float32');
  try {
    rotateFilter(wasm.typedArrayFromHeap(rotated), wasm.typedArrayFromHeap(filter), fh, fw, inChannels, outChannels);
    return callKernel(undefined, 'Conv2D', wasm, { x: dy, filter: rotated }, {
      strides: [1, 1],
      dilations: [1, 1],
      pad,
      dataFormat: 'NHWC',
      dimRoundingMode: undefined,
    } as never);
  } finally {
    release(wasm, rotated);
  }
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

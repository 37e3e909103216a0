/**
 * Conv2D for WASM on gemm.wat's product: image patches packed in blocks of output positions
 * (never a whole im2col matrix) times the filter, with fused multiply-adds. Taken for float32,
 * channels-last, undilated convolutions whose input channels come in fours and whose taps fit
 * one K block — every layer of a typical image CNN after the first (which has one channel and
 * stays on XNNPACK). Conv2DBackpropInput's stride-1 path is a Conv2D too, so it lands here.
 */
import * as tf from '@tensorflow/tfjs';
import type { Conv2DAttrs, KernelConfig, TensorInfo } from '@tensorflow/tfjs-core';
import { convolutionFits, convolutionScratchFloats, gemmFor, patchGeometry } from './gemm';
import { release, withFastPath } from './wasmBackend';

const { backend_util } = tf;

export function conv2dConfig(stock: KernelConfig): KernelConfig {
  return withFastPath(stock, ({ inputs, attrs }, wasm) => {
    const x = inputs.x as TensorInfo;
    const filter = inputs.filter as TensorInfo;
    const { strides, pad, dataFormat, dilations, dimRoundingMode } = attrs as unknown as Conv2DAttrs;
    if (x.dtype !== 'float32' || filter.dtype !== 'float32') return null;
    if (backend_util.convertConv2DDataFormat(dataFormat) !== 'channelsLast') return null;
    const gemm = gemmFor(wasm);
    if (!gemm) return null;
    const info = backend_util.computeConv2DInfo(
      x.shape as [number, number, number, number],
      filter.shape as [number, number, number, number],
      strides,
      dilations,
      pad,
      dimRoundingMode,
      false,
      'channelsLast',
    );
    if (info.dilationHeight !== 1 || info.dilationWidth !== 1) return null;
    const g = patchGeometry(info);
    if (!convolutionFits(g) || info.outHeight <= 0 || info.outWidth <= 0 || info.outChannels === 0) return null;
    const y = wasm.makeOutput([...info.outShape], 'float32');
    const scratch = wasm.makeOutput([convolutionScratchFloats(g, info.outChannels)], 'float32');
    try {
      // Byte addresses after both allocations (a heap growth detaches views, not addresses).
      const at = (t: TensorInfo) => wasm.typedArrayFromHeap(t).byteOffset;
      gemm.convolution(at(y), at(x), at(filter), g, info.outChannels, at(scratch));
    } finally {
      release(wasm, scratch);
    }
    return y;
  });
}

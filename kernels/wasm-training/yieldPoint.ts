/**
 * A point before each heavy training kernel (matrix products, convolutions, LSTM sequences) where
 * the thread may pause: an executor sets it to wait while the page claims the cores
 * (kernels/wire/pageInputSignal.ts), so a key press need not wait for the rest of a step. Unset
 * (the kernel worker, tests, the benchmark), it costs one call per kernel.
 */
import type { KernelConfig, KernelFunc } from '@tensorflow/tfjs-core';

let beforeKernel: (() => unknown) | null = null;

/** Installs (or, with null, removes) what runs before each heavy kernel on this thread. */
export function setKernelYieldPoint(hook: (() => unknown) | null) {
  beforeKernel = hook;
}

/** The config with its kernel function preceded by the yield point. */
export function withYieldPoint(config: KernelConfig): KernelConfig {
  const run = config.kernelFunc;
  const kernelFunc: KernelFunc = (args) => {
    beforeKernel?.();
    return run(args);
  };
  return { ...config, kernelFunc };
}

/**
 * Registers Sparkbook's WASM training kernels (kernels/wasm-training/*) over or beside the
 * stock tfjs-backend-wasm ones. Idempotent; `unregisterWasmTrainingKernels` restores stock,
 * which the benchmark uses to measure both in one worker. Setting
 * `globalThis.__sparkbookStockWasm = true` before the first registration skips it entirely.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import type { KernelConfig } from '@tensorflow/tfjs-core';
import { conv2dConfig } from './conv2d';
import { conv2dBackpropFilterConfig } from './conv2dBackpropFilter';
import { conv2dBackpropInputConfig } from './conv2dBackpropInput';
import { enableFusedLstmCell, installFusedLstmCell } from './fusedLstmCell';
import { gemmVariant, type GemmVariant } from './gemm';
import { LSTM_CELL_GRAD_KERNEL, LSTM_CELL_KERNEL, lstmCellGradConfig, lstmCellKernelConfigs } from './lstmCellKernels';
import { LSTM_SEQUENCE_GRAD_KERNEL, LSTM_SEQUENCE_KERNEL, lstmSequenceGradConfig, lstmSequenceKernelConfigs } from './lstmSequenceKernels';
import { batchMatMulConfig, fusedMatMulConfig } from './matMul';
import { ELEMENTWISE_KERNELS, elementwiseConfigs } from './elementwise';
import { maxPoolGradConfig } from './maxPoolGrad';
import { sumConfig } from './reduceSum';
import { concatConfig, splitVConfig } from './splitConcat';
import { UNARY_KERNELS, unaryConfigs } from './unary';
import { withYieldPoint } from './yieldPoint';

/** Kernels we add (WASM has none) or replace (WASM's is slow for training), by name. */
export const WASM_TRAINING_KERNELS = [
  'Conv2D',
  'Conv2DBackpropFilter',
  'BatchMatMul',
  '_FusedMatMul',
  'MaxPoolGrad',
  'Conv2DBackpropInput',
  ...ELEMENTWISE_KERNELS,
  ...UNARY_KERNELS,
  'Sum',
  'SplitV',
  'Concat',
  LSTM_CELL_KERNEL,
  LSTM_CELL_GRAD_KERNEL,
  LSTM_SEQUENCE_KERNEL,
  LSTM_SEQUENCE_GRAD_KERNEL,
] as const;

/** The stock configs we replaced, kept to restore them. */
const stockKernels = new Map<string, KernelConfig>();
let registered = false;

function ours(): KernelConfig[] {
  const stock = (name: string) => {
    const config = stockKernels.get(name) ?? tf.getKernel(name, 'wasm');
    if (!config)
      throw new Error(`The stock WASM backend has no '${name}' kernel to accelerate; check the @tensorflow/tfjs-backend-wasm version.`);
    stockKernels.set(name, config);
    return config;
  };
  stock('MaxPoolGrad');
  // The heavy kernels, where most of a step's time goes, are where an executor may pause for the page.
  const heavy = [
    conv2dConfig(stock('Conv2D')),
    conv2dBackpropFilterConfig,
    batchMatMulConfig(stock('BatchMatMul')),
    fusedMatMulConfig(stock('_FusedMatMul')),
    conv2dBackpropInputConfig(stock('Conv2DBackpropInput')),
    ...lstmCellKernelConfigs,
    ...lstmSequenceKernelConfigs,
  ].map(withYieldPoint);
  return [
    ...heavy,
    maxPoolGradConfig,
    ...elementwiseConfigs(stock),
    ...unaryConfigs(stock),
    sumConfig(stock('Sum')),
    splitVConfig(stock('SplitV')),
    concatConfig(stock('Concat')),
  ];
}

let lstmGradientsRegistered = false;

/** The fused LSTM (fusedLstmCell.ts): its kernels' gradients, once (tfjs warns on re-registration), and the LSTM and LSTMCell patches. */
function installFusedLstm() {
  if (!lstmGradientsRegistered) {
    tf.registerGradient(lstmCellGradConfig);
    tf.registerGradient(lstmSequenceGradConfig);
  }
  lstmGradientsRegistered = true;
  installFusedLstmCell();
  enableFusedLstmCell(true);
}

function unregisterIfPresent(name: string) {
  if (tf.getKernel(name, 'wasm')) tf.unregisterKernel(name, 'wasm');
}

/** Puts our kernels in tf's registry for 'wasm'. Safe to call from every worker, any number of times. */
export function registerWasmTrainingKernels() {
  if (registered || (globalThis as { __sparkbookStockWasm?: boolean }).__sparkbookStockWasm) return;
  for (const config of ours()) {
    unregisterIfPresent(config.kernelName);
    tf.registerKernel(config);
  }
  installFusedLstm();
  registered = true;
}

/** Puts the stock WASM kernels back (the CNN can then no longer train on WASM). */
export function unregisterWasmTrainingKernels() {
  if (!registered) return;
  enableFusedLstmCell(false);
  for (const name of WASM_TRAINING_KERNELS) {
    unregisterIfPresent(name);
    const stock = stockKernels.get(name);
    if (stock) tf.registerKernel(stock);
  }
  registered = false;
}

/** Whether our kernels are the ones tf will run on 'wasm' now. */
export function wasmTrainingKernelsActive() {
  return registered;
}

/** A handle for notebook cells (the benchmark flips it to compare with stock WASM). */
export interface WasmTrainingToggle {
  register(): void;
  unregister(): void;
  active(): boolean;
  /** Which build of gemm.wat runs products and convolutions here: 'relaxed', 'plain', or null (XNNPACK). */
  gemm(): GemmVariant | null;
}

/** Exposes the toggle as globalThis.sparkbookWasmTraining for cells in this worker. */
export function exposeWasmTrainingToggle() {
  (globalThis as { sparkbookWasmTraining?: WasmTrainingToggle }).sparkbookWasmTraining = {
    register: () => {
      delete (globalThis as { __sparkbookStockWasm?: boolean }).__sparkbookStockWasm;
      registerWasmTrainingKernels();
    },
    unregister: unregisterWasmTrainingKernels,
    active: wasmTrainingKernelsActive,
    gemm: gemmVariant,
  };
}

/** What every kernel and executor runs before choosing a backend: register, and expose the toggle. */
export function installWasmTrainingKernels() {
  registerWasmTrainingKernels();
  exposeWasmTrainingToggle();
}

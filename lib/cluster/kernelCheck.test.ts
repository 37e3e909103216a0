import { describe, expect, it } from 'vitest';
import { checkKernels, findMissingKernels, kernelCheckReport, missingKernelMessage, neededKernels, type KernelNeed } from './kernelCheck';

const needs: KernelNeed[] = [
  { part: 'dense_1', className: 'Dense', kernels: ['_FusedMatMul', 'Relu', 'ReluGrad'] },
  { part: 'odd', className: 'OddLayer', kernels: ['OddOp', 'Relu'] },
  { part: 'odd_2', className: 'OddLayer', kernels: ['OddOp'] },
  { part: 'loss', className: 'categoricalCrossentropy', kernels: ['Softmax', 'Log'] },
];

/** A registry the test controls: each backend's kernel names. */
const registry: Record<string, Set<string>> = {
  webgpu: new Set(['_FusedMatMul', 'Relu', 'ReluGrad', 'Softmax', 'Log']),
  wasm: new Set(['_FusedMatMul', 'Relu', 'ReluGrad', 'Softmax', 'Log', 'OddOp']),
  webgl: new Set(['_FusedMatMul', 'Relu', 'ReluGrad', 'Softmax', 'Log', 'OddOp']),
  cpu: new Set(['_FusedMatMul', 'Relu', 'ReluGrad', 'Softmax', 'Log', 'OddOp']),
};
const registryOf = (b: string) => registry[b] ?? new Set<string>();

describe('the pre-flight kernel check', () => {
  it('lists each kernel the model runs once', () => {
    expect(neededKernels(needs)).toEqual(['Log', 'OddOp', 'Relu', 'ReluGrad', 'Softmax', '_FusedMatMul']);
  });

  it('finds the kernels a backend lacks and names every layer that runs them', () => {
    expect(findMissingKernels(needs, registry.webgpu)).toEqual([
      {
        kernel: 'OddOp',
        parts: [
          { part: 'odd', className: 'OddLayer' },
          { part: 'odd_2', className: 'OddLayer' },
        ],
      },
    ]);
    expect(findMissingKernels(needs, registry.wasm)).toEqual([]);
  });

  it('falls back to the first usable backend that has every kernel', () => {
    expect(checkKernels(needs, 'webgpu', registryOf).fallback).toBe('wasm');
    expect(checkKernels(needs, 'webgpu', registryOf, (b) => b !== 'wasm').fallback).toBe('webgl');
    expect(checkKernels(needs, 'wasm', registryOf)).toMatchObject({ missing: [], fallback: null });
  });

  it('has no fallback when no backend has every kernel', () => {
    const lacking = (b: string) => (b === 'cpu' || b === 'wasm' || b === 'webgl' ? registry.webgpu : registryOf(b));
    expect(checkKernels(needs, 'webgpu', lacking).fallback).toBeNull();
  });

  it('says which op, which layer, which backend, and what is used instead', () => {
    const message = missingKernelMessage(checkKernels(needs, 'webgpu', registryOf), 'executor 2', 'training');
    expect(message).toBe(
      'Pre-flight check: webgpu on executor 2 has no kernel for op "OddOp" (needed by layer "odd" (OddLayer), layer "odd_2" (OddLayer)); training on wasm instead.',
    );
    const stuck = missingKernelMessage({ ...checkKernels(needs, 'webgpu', registryOf), fallback: null }, 'the kernel', 'inference');
    expect(stuck).toContain('cannot run');
  });

  it('prints the kernels per part and a verdict per backend for debug: true', () => {
    const report = kernelCheckReport(needs, [
      { who: 'executor 1', check: checkKernels(needs, 'webgpu', registryOf) },
      { who: 'executor 2', check: checkKernels(needs, 'wasm', registryOf) },
    ]);
    expect(report).toContain('dense_1 (Dense): _FusedMatMul, Relu, ReluGrad');
    expect(report).toContain('executor 1 on webgpu: missing OddOp → wasm');
    expect(report).toContain('executor 2 on wasm: all 6 kernels present');
  });
});

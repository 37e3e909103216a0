import { describe, expect, it } from 'vitest';
import { MAX_EXECUTORS, parseBackendChoice, parseResizeArgs, parseSetBackendArgs } from './backendChoice';

describe('backend choices and spark.resize arguments', () => {
  it('accepts a count and a backend', () => {
    expect(parseResizeArgs(2, undefined)).toEqual({ count: 2, backend: undefined });
    expect(parseResizeArgs(2, { backend: 'webgpu' })).toEqual({ count: 2, backend: 'webgpu' });
  });

  it('refuses more executors than the cluster may have, at once and saying the limit', () => {
    expect(() => parseResizeArgs(MAX_EXECUTORS + 4, {})).toThrow(`count must be an integer from 0 to ${MAX_EXECUTORS}`);
    expect(() => parseResizeArgs(1.5, {})).toThrow('(got 1.5)');
  });

  it('refuses unknown options and unknown backends, naming what is accepted', () => {
    expect(() => parseResizeArgs(2, { backnd: 'wasm' })).toThrow(
      'spark.resize: unknown option "backnd" — did you mean "backend"? Allowed: backend',
    );
    expect(() => parseResizeArgs(2, { backend: 'metal' })).toThrow(
      '"backend" must be one of "auto", "webgpu", "webgl", "wasm", "cpu" (got "metal")',
    );
    expect(() => parseResizeArgs(2, 'webgpu')).toThrow('options must be an object');
  });

  it('checks spark.setBackend: one name, one of the accepted ones', () => {
    expect(parseSetBackendArgs(['webgpu'])).toBe('webgpu');
    expect(() => parseSetBackendArgs(['WebGPU'])).toThrow(
      'spark.setBackend: backend must be one of "auto", "webgpu", "webgl", "wasm", "cpu" (got "WebGPU")',
    );
    expect(() => parseSetBackendArgs(['wasm', { threads: 2 }])).toThrow('takes one argument');
    expect(() => parseBackendChoice('x', undefined)).toThrow('(got undefined)');
  });
});

import { describe, expect, it } from 'vitest';
import { autoBackend, backendMenuLabel, type DetectedBackend } from './detectedBackends';

const swiftShader: DetectedBackend[] = [
  { name: 'webgpu', available: true, detail: 'software adapter (SwiftShader)', slow: true },
  { name: 'webgl', available: true, detail: 'software renderer (SwiftShader)', slow: true },
  { name: 'wasm', available: true, detail: 'WebAssembly, SIMD', slow: false },
  { name: 'cpu', available: true, detail: 'plain JavaScript', slow: true },
];
const withGpu = swiftShader.map((d) => (d.name === 'webgpu' ? { ...d, detail: 'nvidia hopper', slow: false } : d));

describe('the backend menu', () => {
  it('auto picks WebGPU only on a hardware adapter, else WASM', () => {
    expect(autoBackend(swiftShader)).toBe('wasm');
    expect(autoBackend(withGpu)).toBe('webgpu');
    expect(autoBackend(swiftShader.filter((d) => d.name !== 'webgpu'))).toBe('wasm');
  });

  it('says what was detected for each choice', () => {
    expect(backendMenuLabel('webgpu', swiftShader)).toBe('WebGPU — software adapter (SwiftShader), slow');
    expect(backendMenuLabel('wasm', swiftShader)).toBe('WASM — WebAssembly, SIMD');
    expect(backendMenuLabel('auto', swiftShader)).toBe('Auto — WASM here (WebGPU is software)');
    expect(backendMenuLabel('auto', withGpu)).toBe('Auto — WebGPU here (a hardware GPU)');
    expect(backendMenuLabel('webgl', [{ name: 'webgl', available: false, detail: 'no WebGL 2 in workers', slow: false }])).toBe(
      'WebGL — unavailable (no WebGL 2 in workers)',
    );
    expect(backendMenuLabel('cpu', [])).toBe('CPU');
  });
});

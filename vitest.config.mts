import { defineConfig } from 'vitest/config';

// V8 ships WebAssembly relaxed SIMD from 11.4 (Node 22, Chrome 114); Node 20's V8 11.3 has it
// behind a flag. The kernels' relaxed-SIMD product (kernels/wasm-training/gemm.wat) is tested
// under it, as the browsers that run the app have it.
const [v8Major, v8Minor] = process.versions.v8.split('.').map(Number);
const relaxedSimdFlag = v8Major * 100 + v8Minor < 1104 ? ['--experimental-wasm-relaxed-simd'] : [];

export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    include: [
      'lib/**/*.test.ts',
      'testing/**/*.test.ts',
      'kernels/**/*.test.ts',
      'components/**/*.test.ts',
      'components/**/*.test.tsx',
      'scripts/**/*.test.ts',
      'serviceworker/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20000,
    execArgv: relaxedSimdFlag,
  },
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedModules } from './buildWasmModules.mjs';

describe('the committed WebAssembly binaries', () => {
  it('are what their .wat sources assemble to (run `npm run wasm:build` after editing a .wat)', async () => {
    const modules = await generatedModules();
    expect(Object.keys(modules).sort()).toEqual(['gemmBinary.ts', 'simdKernelsBinary.ts']);
    for (const [file, text] of Object.entries(modules)) {
      expect(readFileSync(join(__dirname, file), 'utf8'), file).toBe(text);
    }
  });
});

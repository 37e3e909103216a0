import { describe, expect, it } from 'vitest';
import { collectEditorTypes, slimDeclaration } from './build-editor-types.mjs';

describe('slimDeclaration', () => {
  it('drops licence banners, AMD module names and source-map comments but keeps API docs', () => {
    const text = [
      '/// <amd-module name="@tensorflow/tfjs-core/dist/x" />',
      '/**',
      ' * @license',
      ' * Copyright 2018 Google LLC.',
      ' */',
      '/** Adds two tensors. */',
      'export declare function add(a: Tensor, b: Tensor): Tensor;',
      '//# sourceMappingURL=x.d.ts.map',
    ].join('\n');
    expect(slimDeclaration(text)).toBe('/** Adds two tensors. */\nexport declare function add(a: Tensor, b: Tensor): Tensor;\n');
  });
});

describe('collectEditorTypes', () => {
  const { files, skipped } = collectEditorTypes();

  it('starts from each package entry and records its "types" so bare imports resolve', () => {
    expect(files['file:///node_modules/@tensorflow/tfjs/dist/index.d.ts']).toContain("export * from '@tensorflow/tfjs-core'");
    expect(JSON.parse(files['file:///node_modules/@tensorflow/tfjs/package.json'])).toEqual({
      name: '@tensorflow/tfjs',
      types: 'dist/index.d.ts',
    });
  });

  it('follows imports into the declarations that define the API, such as sequential()', () => {
    const layers = Object.entries(files).filter(([path]) => path.startsWith('file:///node_modules/@tensorflow/tfjs-layers/'));
    expect(layers.some(([, text]) => text.includes('export declare function sequential('))).toBe(true);
    // Chained ops (tensor.add(...)) are declared by module augmentation in a side-effect import.
    expect(Object.keys(files)).toContain('file:///node_modules/@tensorflow/tfjs-core/dist/public/chained_ops/add.d.ts');
  });

  it('holds only declaration files and package.json stubs', () => {
    for (const path of Object.keys(files)) expect(path).toMatch(/\.d\.ts$|\/package\.json$/);
  });

  it('leaves out Node typings, which cells in a browser worker cannot use', () => {
    expect(Object.keys(files).some((path) => path.includes('/@types/node/'))).toBe(false);
    expect(skipped).toContain('node');
  });
});

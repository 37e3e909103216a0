import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellGlobalsDeclarations, generatedModule, OUTPUT_FILE } from './buildCellGlobals.mjs';

const root = join(__dirname, '../..');

describe('the editor declarations of the cell globals', () => {
  it('are what the runtime types generate (run `npm run editor-types` after changing a cell API)', () => {
    expect(readFileSync(join(root, OUTPUT_FILE), 'utf8')).toBe(generatedModule());
  }, 240_000);

  it('turn CellGlobals members into globals, keeping their docs and type parameters', () => {
    const bundle = [
      "import * as tf from '@tensorflow/tfjs';",
      'interface Api { run(): void; }',
      'export interface CellGlobals {',
      '\t/** Runs things. */',
      '\tapi: Api;',
      '\tpick<T = tf.Tensor>(x: T): T;',
      '}',
      '',
      'export {};',
    ].join('\n');
    expect(cellGlobalsDeclarations(bundle)).toBe(
      [
        "import * as tf from '@tensorflow/tfjs';",
        'interface Api { run(): void; }',
        '',
        'declare global {',
        '  /** Runs things. */',
        '  const api: Api;',
        '  function pick<T = tf.Tensor>(x: T): T;',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('refuses types that reach a module the editor does not have, such as zod', () => {
    const bundle = "import { z } from 'zod';\nexport interface CellGlobals { options: z.infer<typeof x>; }\n";
    expect(() => cellGlobalsDeclarations(bundle)).toThrow(/reach 'zod'.*plain interface/);
  });
});

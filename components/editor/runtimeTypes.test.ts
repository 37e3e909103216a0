import { dirname } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { collectEditorTypes } from '../../scripts/build-editor-types.mjs';
import { RUNTIME_GLOBALS_DTS, RUNTIME_GLOBALS_PATH, TF_GLOBAL_DTS, TF_GLOBAL_PATH } from './runtimeTypes';
import { NOTEBOOK_IGNORED_DIAGNOSTICS } from './typescriptSetup';

/** Monaco's virtual `file:///x` paths, as plain paths the compiler host can serve. */
const plainPath = (virtualPath: string) => virtualPath.replace(/^file:\/\//, '');

/**
 * Type-checks cells as the editor does: each a script sharing the global scope, against the
 * runtime globals and the tfjs declarations the editor is given (public/vendor/editor-types.json).
 * Returns each cell's messages, with the diagnostics a notebook ignores left out.
 */
function typeCheckCells(cells: Record<string, string>): Record<string, string[]> {
  const files = new Map<string, string>();
  for (const [path, text] of Object.entries(collectEditorTypes().files)) files.set(plainPath(path), text);
  files.set(plainPath(TF_GLOBAL_PATH), TF_GLOBAL_DTS);
  files.set(plainPath(RUNTIME_GLOBALS_PATH), RUNTIME_GLOBALS_DTS);
  const cellPaths = Object.keys(cells).map((name) => `/${name}.ts`);
  Object.values(cells).forEach((source, i) => files.set(cellPaths[i], source));

  // The options typescriptSetup.ts gives Monaco.
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    strict: false,
    noEmit: true,
    esModuleInterop: true,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (path) => files.get(path) ?? readFile(path);
  const libDir = dirname(ts.getDefaultLibFilePath(options));
  // Only the bundle and TypeScript's own libs: nothing else installed here may leak in.
  host.fileExists = (path) => files.has(path) || (path.startsWith(libDir) && fileExists(path));
  host.directoryExists = (dir) => [...files.keys()].some((path) => path.startsWith(`${dir}/`));
  host.getCurrentDirectory = () => '/';
  host.getSourceFile = (path, languageVersion) => {
    const text = host.readFile(path);
    return text === undefined ? undefined : ts.createSourceFile(path, text, languageVersion);
  };

  const program = ts.createProgram([plainPath(TF_GLOBAL_PATH), plainPath(RUNTIME_GLOBALS_PATH), ...cellPaths], options, host);
  const ignored = new Set(NOTEBOOK_IGNORED_DIAGNOSTICS);
  return Object.fromEntries(
    Object.keys(cells).map((name, i) => {
      const file = program.getSourceFile(cellPaths[i])!;
      const diagnostics = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
      return [name, diagnostics.filter((d) => !ignored.has(d.code)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))];
    }),
  );
}

describe('the tf global in the editor', () => {
  const results = typeCheckCells({
    tensorTypes: [
      'function double(x: tf.Tensor): tf.Tensor {',
      '  return x.mul(2);',
      '}',
      'const m: tf.LayersModel = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [2] })] });',
      'let rank: tf.Rank = tf.Rank.R2;',
      'const ones = tf.ones([2, 2]) as tf.Tensor2D;',
      'const same = (x: typeof ones) => x;',
      'double(same(ones)).print();',
    ].join('\n'),
    otherGlobals: "display(tf.scalar(1));\nconst rows = await datasets.csv('iris.csv');\nconst history = await spark.fit(m, ones, ones, { epochs: 1 });",
    wrongType: 'const nope: tf.NotATfType = null;',
  });

  it('names tfjs types as well as values, e.g. tf.Tensor in a parameter type', () => {
    expect(results.tensorTypes).toEqual([]);
  });

  it('keeps the other runtime globals typed', () => {
    expect(results.otherGlobals).toEqual([]);
  });

  it('still reports a type that tfjs does not export', () => {
    expect(results.wrongType.join('\n')).toMatch(/NotATfType/);
  });
});

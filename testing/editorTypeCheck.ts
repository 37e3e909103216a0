/**
 * Type-checks notebook cells as the editor does (components/editor/typescriptSetup.ts): each cell
 * a script sharing one global scope, with the editor's compiler options and ignored diagnostics,
 * against the `tf` global, the generated cell globals and the tfjs declarations the editor is
 * given (public/vendor/editor-types.json, collected here from node_modules).
 */
import { dirname } from 'node:path';
import ts from 'typescript';
import { collectEditorTypes } from '../scripts/build-editor-types.mjs';
import { CELL_GLOBALS_DTS, CELL_GLOBALS_PATH } from '../components/editor/generated/cellGlobals';
import { TF_GLOBAL_DTS, TF_GLOBAL_PATH } from '../components/editor/runtimeTypes';
import { NOTEBOOK_IGNORED_DIAGNOSTICS } from '../components/editor/typescriptSetup';

/** Monaco's virtual `file:///x` paths, as plain paths the compiler host can serve. */
const plainPath = (virtualPath: string) => virtualPath.replace(/^file:\/\//, '');

let tfjsDeclarations: Map<string, string> | null = null;

/** The options typescriptSetup.ts gives Monaco. */
const EDITOR_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  lib: ['lib.es2022.d.ts', 'lib.webworker.d.ts', 'lib.webworker.iterable.d.ts'],
  allowJs: true,
  strict: false,
  noEmit: true,
  esModuleInterop: true,
  skipLibCheck: true,
  types: [],
};

/**
 * Each cell's diagnostics as `line:column TScode message`, with the ones a notebook ignores left
 * out. Cells are named by the keys; `.ts` is added to make their paths.
 */
export function typeCheckCells(cells: Record<string, string>): Record<string, string[]> {
  tfjsDeclarations ??= new Map(Object.entries(collectEditorTypes().files).map(([path, text]) => [plainPath(path), text]));
  const files = new Map(tfjsDeclarations);
  files.set(plainPath(TF_GLOBAL_PATH), TF_GLOBAL_DTS);
  files.set(plainPath(CELL_GLOBALS_PATH), CELL_GLOBALS_DTS);
  const names = Object.keys(cells);
  const cellPaths = names.map((name) => `/cells/${name}.ts`);
  names.forEach((name, i) => files.set(cellPaths[i], cells[name]));

  const host = ts.createCompilerHost(EDITOR_OPTIONS);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (path) => files.get(path) ?? readFile(path);
  const libDir = dirname(ts.getDefaultLibFilePath(EDITOR_OPTIONS));
  // Only the bundle and TypeScript's own libs: nothing else installed here may leak in.
  host.fileExists = (path) => files.has(path) || (path.startsWith(libDir) && fileExists(path));
  host.directoryExists = (dir) => [...files.keys()].some((path) => path.startsWith(`${dir}/`));
  host.getCurrentDirectory = () => '/';
  host.getSourceFile = (path, languageVersion) => {
    const text = host.readFile(path);
    return text === undefined ? undefined : ts.createSourceFile(path, text, languageVersion);
  };

  const program = ts.createProgram([plainPath(TF_GLOBAL_PATH), plainPath(CELL_GLOBALS_PATH), ...cellPaths], EDITOR_OPTIONS, host);
  const ignored = new Set(NOTEBOOK_IGNORED_DIAGNOSTICS);
  return Object.fromEntries(
    names.map((name, i) => {
      const file = program.getSourceFile(cellPaths[i])!;
      const diagnostics = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].filter(
        (d) => !ignored.has(d.code),
      );
      return [
        name,
        diagnostics.map((d) => {
          const { line, character } = file.getLineAndCharacterOfPosition(d.start ?? 0);
          return `${line + 1}:${character + 1} TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
        }),
      ];
    }),
  );
}

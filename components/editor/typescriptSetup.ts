/**
 * Configures Monaco's TypeScript service for notebook cells, once per page: compiler options,
 * the diagnostics a notebook makes normal, the runtime globals and the tfjs declarations.
 */
import type * as MonacoModule from 'monaco-editor';
import { CELL_GLOBALS_DTS, CELL_GLOBALS_PATH } from './generated/cellGlobals';
import { TF_GLOBAL_DTS, TF_GLOBAL_PATH } from './runtimeTypes';
import { assetPath } from '../../lib/routes/appRoutes';

/** The monaco namespace as the AMD build hands it over (editor.main). */
export type Monaco = typeof MonacoModule;
type TypeScriptApi = typeof MonacoModule.typescript;
type LanguageDefaults = TypeScriptApi['typescriptDefaults'];

/** TypeScript's ScriptTarget.ES2022; monaco.d.ts's copy of the enum stops at ES2020. */
const ES2022 = 9 as MonacoModule.typescript.ScriptTarget;

/** Built by scripts/build-editor-types.mjs: virtual path -> .d.ts text. */
export const EDITOR_TYPES_URL = assetPath('/vendor/editor-types.json');

/**
 * Diagnostics that are false alarms in a notebook. Cells are checked as separate scripts that
 * share one global scope (as they do at run time), so:
 */
export const NOTEBOOK_IGNORED_DIAGNOSTICS = [
  2451, // Cannot redeclare block-scoped variable: re-running a cell, or the same name in two cells.
  2300, // Duplicate identifier: same, for functions, classes and types.
  2393, // Duplicate function implementation.
  2403, // Subsequent variable declarations must have the same type (a `var` redeclared).
  2813, // Class declaration cannot implement overload list / merge (a class redeclared).
  2814, // Function with bodies can only merge with classes that are ambient.
  1375, // 'await' at top level only in modules: cells run in an async wrapper.
  1378, // Top-level 'await' needs module es2022: same.
  1431, // 'for await' at top level only in modules: same.
  1432, // Top-level 'for await' needs module es2022: same.
  1108, // A 'return' statement can only be used within a function body: the wrapper is a function.
];

/** Monaco 0.55+ exposes `monaco.typescript`; older builds only `monaco.languages.typescript`. */
export function typescriptApi(monaco: Monaco): TypeScriptApi {
  const legacy = (monaco.languages as unknown as { typescript?: TypeScriptApi }).typescript;
  return monaco.typescript ?? (legacy as TypeScriptApi);
}

function configureDefaults(ts: TypeScriptApi, defaults: LanguageDefaults) {
  defaults.setCompilerOptions({
    target: ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.NodeJs,
    // Cells run in the kernel's Web Worker: the worker's globals, not the page's. With the DOM's,
    // `const history = await spark.fit(…)` would read as window.history (a History) in later cells.
    lib: ['es2022', 'webworker', 'webworker.iterable'],
    allowNonTsExtensions: true,
    allowJs: true,
    strict: false,
    noEmit: true,
    esModuleInterop: true,
    skipLibCheck: true,
  });
  defaults.setDiagnosticsOptions({
    noSemanticValidation: false,
    noSyntaxValidation: false,
    diagnosticCodesToIgnore: NOTEBOOK_IGNORED_DIAGNOSTICS,
  });
  // Sync every cell's model to the worker, not only the focused one, so a name declared
  // in cell 1 is known when editing cell 2.
  defaults.setEagerModelSync(true);
  defaults.addExtraLib(TF_GLOBAL_DTS, TF_GLOBAL_PATH);
  defaults.addExtraLib(CELL_GLOBALS_DTS, CELL_GLOBALS_PATH);
}

let configured = false;
let typesLoad: Promise<number> | null = null;

/** Sets up TypeScript and JavaScript cells; later calls do nothing. Call from beforeMount. */
export function setupTypeScript(monaco: Monaco): void {
  if (configured) return;
  configured = true;
  const ts = typescriptApi(monaco);
  configureDefaults(ts, ts.typescriptDefaults);
  configureDefaults(ts, ts.javascriptDefaults);
  void loadEditorTypes(monaco);
}

/**
 * Fetches the tfjs declarations once and hands them to both language services.
 * Resolves to the number of files added; a failed fetch leaves `tf` typed as any, not broken.
 */
export function loadEditorTypes(monaco: Monaco): Promise<number> {
  typesLoad ??= fetch(EDITOR_TYPES_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<Record<string, string>>;
    })
    .then((files) => {
      const ts = typescriptApi(monaco);
      // addExtraLib batches its worker update, so adding files one by one costs one restart.
      for (const [path, content] of Object.entries(files)) {
        ts.typescriptDefaults.addExtraLib(content, path);
        ts.javascriptDefaults.addExtraLib(content, path);
      }
      return Object.keys(files).length;
    })
    .catch((error: unknown) => {
      console.warn(
        `Sparkbook editor: could not load ${EDITOR_TYPES_URL} (${String(error)}); ` +
          'tf completions are off. Run `npm run vendor` to build it.',
      );
      return 0;
    });
  return typesLoad;
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CELL_GLOBALS_PATH } from './generated/cellGlobals';
import { TF_GLOBAL_PATH } from './runtimeTypes';

/** Just enough of monaco.typescript to record what the setup does. */
function fakeMonaco() {
  const defaults = () => ({
    setCompilerOptions: vi.fn(),
    setDiagnosticsOptions: vi.fn(),
    setEagerModelSync: vi.fn(),
    addExtraLib: vi.fn(),
  });
  const typescript = {
    ScriptTarget: { ES2020: 7 },
    ModuleKind: { ESNext: 99 },
    ModuleResolutionKind: { NodeJs: 2 },
    typescriptDefaults: defaults(),
    javascriptDefaults: defaults(),
  };
  return { typescript, languages: {} } as unknown as import('./typescriptSetup').Monaco & { typescript: typeof typescript };
}

const types = { 'file:///node_modules/@tensorflow/tfjs/dist/index.d.ts': 'export {};' };

describe('setupTypeScript', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  it('configures both languages once, with the globals and the fetched tfjs declarations', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(types)));
    vi.stubGlobal('fetch', fetch);
    const { setupTypeScript, loadEditorTypes, NOTEBOOK_IGNORED_DIAGNOSTICS } = await import('./typescriptSetup');
    const monaco = fakeMonaco();
    setupTypeScript(monaco);
    setupTypeScript(monaco);
    expect(await loadEditorTypes(monaco)).toBe(1);

    const ts = monaco.typescript.typescriptDefaults;
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(ts.setCompilerOptions).toHaveBeenCalledTimes(1);
    expect(ts.setDiagnosticsOptions.mock.calls[0][0].diagnosticCodesToIgnore).toEqual(NOTEBOOK_IGNORED_DIAGNOSTICS);
    expect(ts.setEagerModelSync).toHaveBeenCalledWith(true);
    const libs = ts.addExtraLib.mock.calls.map((call) => call[1]);
    expect(libs).toEqual([TF_GLOBAL_PATH, CELL_GLOBALS_PATH, ...Object.keys(types)]);
    expect(monaco.typescript.javascriptDefaults.addExtraLib).toHaveBeenCalledTimes(3);
  });

  it('keeps the editor working without tf types when the bundle is missing, and says how to build it', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('not found', { status: 404 })),
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { loadEditorTypes } = await import('./typescriptSetup');
    expect(await loadEditorTypes(fakeMonaco())).toBe(0);
    expect(warn.mock.calls[0][0]).toMatch(/HTTP 404.*npm run vendor/);
  });

  it("finds the API under monaco.languages.typescript on builds that don't have monaco.typescript", async () => {
    const { typescriptApi } = await import('./typescriptSetup');
    const legacy = fakeMonaco().typescript;
    expect(typescriptApi({ languages: { typescript: legacy } } as never)).toBe(legacy);
  });
});

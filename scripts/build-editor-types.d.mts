/** Types for build-editor-types.mjs, so its test (and other scripts' tests) type-check. */
export declare const ENTRY_PACKAGES: string[];
export declare function slimDeclaration(text: string): string;
export declare function collectEditorTypes(options?: { nodeModules?: string; entries?: string[] }): {
  /** Virtual path (file:///node_modules/...) -> file text. */
  files: Record<string, string>;
  /** Packages referenced but left out, and relative imports that did not resolve. */
  skipped: string[];
};
/** Writes the bundle and returns its size in bytes. */
export declare function buildEditorTypes(options?: { outFile?: string }): number;

/** Types for buildWasmModules.mjs, so its test type-checks. */
/** The generated TypeScript files of this folder, by file name, as assembled from the .wat sources now. */
export declare function generatedModules(): Promise<Record<string, string>>;

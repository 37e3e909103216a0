/** Types for buildCellGlobals.mjs, so its tests type-check. */
export declare const ENTRY_FILE: string;
export declare const OUTPUT_FILE: string;
/** The editor's declaration text from a dts-bundle-generator bundle of the entry file. */
export declare function cellGlobalsDeclarations(bundleText: string): string;
/** The text of the committed components/editor/generated/cellGlobals.ts. */
export declare function generatedModule(): string;

/** Types for bigInputs.mjs, so the e2e spec and unit tests that use it type-check. */
export declare function ipynbText(title: string, cells: unknown[]): string;
export declare function oneCellNotebook(): string;
export declare function manyCellsNotebook(count?: number): string;
export declare function longTableNotebook(rows?: number): string;
export declare function heavyNotebook(megabytes?: number): string;
export declare function lzRunPayload(char: string, codes: number): string;
export declare function lzRunLength(codes: number): number;

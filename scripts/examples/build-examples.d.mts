/** Types of build-examples.mjs, for the tests that import it. */
export interface ExampleSource {
  /** The *.cells.txt file here. */
  source: string;
  /** The .ipynb written to public/notebooks. */
  file: string;
  title: string;
  description: string;
}
export declare const OUT_DIR: string;
export declare const EXAMPLES: ExampleSource[];
export declare function parseCells(text: string): { cellType: 'markdown' | 'code'; source: string }[];
export declare function buildNotebook(example: ExampleSource, sourceText: string): string;
export declare function buildIndex(): string;
export declare function buildAll(): Map<string, string>;

/** Monaco models by cell: each editor's model is its own file, so each cell is its own script to the TypeScript service. */
const EXTENSIONS: Record<string, string> = { typescript: 'ts', javascript: 'js', markdown: 'md' };
const CODE_LANGUAGES = new Set(['typescript', 'javascript']);

let modelCounter = 0;
/** A fresh model name per editor. */
export const nextModelName = () => `cell-${++modelCounter}`;

/** The model's path: its extension tells Monaco's TypeScript service what the text is. */
export const cellModelPath = (modelName: string, language: string) => `file:///cells/${modelName}.${EXTENSIONS[language] ?? 'txt'}`;

export const isCodeLanguage = (language: string) => CODE_LANGUAGES.has(language);

import type * as MonacoModule from 'monaco-editor';
import type { RunMode } from './notebookKeys';

/** What a cell's editor (CodeEditor, LazyCodeEditor) takes. */
export interface CodeEditorProps {
  /** The cell's source; the editor follows it when it changes from outside. */
  value: string;
  /** Monaco language id: 'typescript' for code cells, 'markdown' for markdown cells. */
  language: 'typescript' | 'javascript' | 'markdown' | 'plaintext' | (string & {});
  /** Every edit, with the whole new text. */
  onChange(value: string): void;
  /** Shift+Enter: run and advance; Ctrl/Cmd+Enter: run in place; Alt+Enter: run and insert below. Without it the keys type as usual. */
  onRun?(mode: RunMode): void;
  /** Esc: leave the editor (the notebook enters command mode). Widgets (suggestions, find) close first. */
  onEscape?(): void;
  /** The editor's text got focus. */
  onFocus?(): void;
  readOnly?: boolean;
  /** Screen-reader name, e.g. "Code of cell 3". */
  ariaLabel: string;
  /** Focuses the editor when it mounts, and again whenever this turns true. */
  autoFocus?: boolean;
  /** The editor exists, its model holds `value` and its keys are bound (e.g. to take over from a stand-in). */
  onEditorReady?(editor: MonacoModule.editor.IStandaloneCodeEditor): void;
}

/**
 * The notebook's keys inside a cell editor: Shift+Enter runs and advances, Ctrl/Cmd+Enter runs
 * in place, Alt+Enter runs and inserts a cell below, Escape leaves the editor. Registered as editor actions, not addCommand: actions are
 * scoped to their editor (addCommand's keybindings are global, so the last editor created would
 * receive every cell's Shift+Enter).
 */
import type * as MonacoModule from 'monaco-editor';
import type { Monaco } from './typescriptSetup';

type StandaloneEditor = MonacoModule.editor.IStandaloneCodeEditor;

/** After running: select the next cell, stay on this one, or add a new cell below and edit it (Alt+Enter). */
export type RunMode = 'advance' | 'stay' | 'insert-below';

/** What the keys call; read at key time so the caller can pass fresh closures every render. */
export interface NotebookKeyHandlers {
  onRun?(mode: RunMode): void;
  onEscape?(): void;
}

/**
 * Widgets that Escape closes. While one is open Escape stays with Monaco; it reaches the
 * notebook only when nothing in the editor wants it.
 */
const ESCAPE_OWNED_BY_EDITOR = [
  'suggestWidgetVisible',
  'parameterHintsVisible',
  'findWidgetVisible',
  'renameInputVisible',
  'referenceSearchVisible',
  'markersNavigationVisible',
  'codeActionMenuVisible',
  'editorHasMultipleSelections',
  'inSnippetMode',
];

const CAN_RUN = 'sparkbookCanRun';
const CAN_ESCAPE = 'sparkbookCanEscape';

/** Handle returned by bindNotebookKeys. */
export interface NotebookKeyBinding {
  /** Re-reads which handlers exist, so keys without a handler keep Monaco's meaning. */
  sync(): void;
  dispose(): void;
}

export function bindNotebookKeys(editor: StandaloneEditor, monaco: Monaco, handlers: () => NotebookKeyHandlers): NotebookKeyBinding {
  const { KeyCode, KeyMod } = monaco;
  const canRun = editor.createContextKey<boolean>(CAN_RUN, false);
  const canEscape = editor.createContextKey<boolean>(CAN_ESCAPE, false);

  const run = (mode: RunMode) => {
    // Shift+Enter wins over the suggest widget's "accept alternative": run what is typed,
    // and don't leave the list floating over the output.
    editor.trigger('keyboard', 'hideSuggestWidget', null);
    handlers().onRun?.(mode);
  };

  const actions = [
    editor.addAction({
      id: 'sparkbook.runAndAdvance',
      label: 'Run cell and select below',
      keybindings: [KeyMod.Shift | KeyCode.Enter],
      precondition: CAN_RUN,
      run: () => run('advance'),
    }),
    editor.addAction({
      id: 'sparkbook.runInPlace',
      label: 'Run cell',
      // CtrlCmd is Cmd on macOS and Ctrl elsewhere; WinCtrl adds Ctrl on macOS (Jupyter accepts both).
      keybindings: [KeyMod.CtrlCmd | KeyCode.Enter, KeyMod.WinCtrl | KeyCode.Enter],
      precondition: CAN_RUN,
      run: () => run('stay'),
    }),
    editor.addAction({
      id: 'sparkbook.runAndInsert',
      label: 'Run cell and insert below',
      keybindings: [KeyMod.Alt | KeyCode.Enter],
      precondition: CAN_RUN,
      run: () => run('insert-below'),
    }),
    editor.addAction({
      id: 'sparkbook.leaveEditor',
      label: 'Leave the editor (command mode)',
      keybindings: [KeyCode.Escape],
      precondition: CAN_ESCAPE,
      keybindingContext: ESCAPE_OWNED_BY_EDITOR.map((key) => `!${key}`).join(' && '),
      run: () => handlers().onEscape?.(),
    }),
  ];

  const sync = () => {
    const current = handlers();
    canRun.set(typeof current.onRun === 'function');
    canEscape.set(typeof current.onEscape === 'function');
  };
  sync();

  return {
    sync,
    dispose: () => actions.forEach((action) => action.dispose()),
  };
}

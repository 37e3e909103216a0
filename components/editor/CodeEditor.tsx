'use client';
/**
 * A notebook cell's editor: Monaco, loaded at run time from our own origin (public/vendor/monaco,
 * Monaco's AMD build; nothing of Monaco is in the page bundle). Mounting one loads Monaco (once
 * per page), so notebooks mount it only when the reader edits (LazyCodeEditor). Until it is
 * ready the cell's text shows in a <pre> of the same size.
 */
import Editor, { loader, type OnChange } from '@monaco-editor/react';
import type * as MonacoModule from 'monaco-editor';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import styles from './CodeEditor.module.css';
import { EDITOR_THEMES, defineEditorThemes } from './editorTheme';
import { editorHeight, estimatedHeight } from './editorLayout';
import { cellEditorOptions } from './cellEditorOptions';
import { EchoTracker } from './echoTracker';
import { bindNotebookKeys, type NotebookKeyBinding, type RunMode } from './notebookKeys';
import { setupTypeScript, typescriptApi, type Monaco } from './typescriptSetup';
import { connectCellScope } from './cellScope';
import { useResolvedTheme } from '../shell/theme/useTheme';
import { assetPath } from '../../lib/routes/appRoutes';

type StandaloneEditor = MonacoModule.editor.IStandaloneCodeEditor;

/** Where scripts/copy-vendor.mjs puts node_modules/monaco-editor/min/vs. */
export const MONACO_VS_PATH = assetPath('/vendor/monaco/vs');

// Before any editor mounts: @monaco-editor/loader would otherwise fetch Monaco from a CDN.
loader.config({ paths: { vs: MONACO_VS_PATH } });

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
  onEditorReady?(editor: StandaloneEditor): void;
}

const EXTENSIONS: Record<string, string> = { typescript: 'ts', javascript: 'js', markdown: 'md' };
const CODE_LANGUAGES = new Set(['typescript', 'javascript']);

let modelCounter = 0;
/** A fresh model name per editor: each cell is its own script to the TypeScript service. */
const nextModelName = () => `cell-${++modelCounter}`;

export function CodeEditor(props: CodeEditorProps) {
  const { value, language, readOnly = false, ariaLabel, autoFocus = false } = props;
  const [modelName] = useState(nextModelName);
  const [height, setHeight] = useState(() => estimatedHeight(value));
  const editorRef = useRef<StandaloneEditor | null>(null);
  const keysRef = useRef<NotebookKeyBinding | null>(null);
  const modelRef = useRef<MonacoModule.editor.ITextModel | null>(null);
  const [echoes] = useState(() => new EchoTracker());
  const applyingValue = useRef(false);
  // Handlers are read when a key is pressed, so new closures each render need no re-binding.
  const propsRef = useRef(props);
  useEffect(() => {
    propsRef.current = props;
  });

  const path = `file:///cells/${modelName}.${EXTENSIONS[language] ?? 'txt'}`;
  const isCode = CODE_LANGUAGES.has(language);
  // Monaco themes are global: every editor passes the same name, and a switch repaints them all.
  const theme = EDITOR_THEMES[useResolvedTheme()].name;

  const options = useMemo(() => cellEditorOptions({ ariaLabel, readOnly, isCode }), [ariaLabel, readOnly, isCode]);

  const handleBeforeMount = useCallback((monaco: Monaco) => {
    setupTypeScript(monaco);
    defineEditorThemes(monaco);
    const ts = typescriptApi(monaco);
    connectCellScope((content, path) => ts.typescriptDefaults.addExtraLib(content, path));
  }, []);

  /** Shows a text that didn't come from this editor, as one undoable edit. */
  const showValue = useCallback((text: string) => {
    const model = editorRef.current?.getModel();
    if (!model || model.getValue() === text) return;
    applyingValue.current = true;
    try {
      model.pushStackElement();
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
      model.pushStackElement();
    } finally {
      applyingValue.current = false;
    }
  }, []);

  const handleMount = useCallback(
    (editor: StandaloneEditor, monaco: Monaco) => {
      editorRef.current = editor;
      modelRef.current = editor.getModel();
      showValue(propsRef.current.value); // in case it changed while the editor was being created
      keysRef.current = bindNotebookKeys(editor, monaco, () => propsRef.current);
      editor.onDidContentSizeChange((e) => {
        if (e.contentHeightChanged) setHeight(editorHeight(e.contentHeight));
      });
      setHeight(editorHeight(editor.getContentHeight()));
      editor.onDidFocusEditorText(() => propsRef.current.onFocus?.());
      if (propsRef.current.autoFocus) editor.focus();
      propsRef.current.onEditorReady?.(editor);
    },
    [showValue],
  );

  const handleChange = useCallback<OnChange>(
    (next = '') => {
      if (applyingValue.current) return;
      echoes.sent(next);
      propsRef.current.onChange(next);
    },
    [echoes],
  );

  // `value` is synced here rather than by the library, whose sync drops keystrokes typed while
  // React catches up (see EchoTracker): only a text from elsewhere replaces the content.
  useEffect(() => {
    if (editorRef.current && !echoes.isEcho(value)) showValue(value);
  }, [value, echoes, showValue]);

  // Keys with no handler fall back to Monaco's own meaning (Shift+Enter types a newline).
  const hasRun = typeof props.onRun === 'function';
  const hasEscape = typeof props.onEscape === 'function';
  useEffect(() => keysRef.current?.sync(), [hasRun, hasEscape]);

  useEffect(() => {
    if (autoFocus) editorRef.current?.focus();
  }, [autoFocus]);

  // Switching language changes the path, so the library swaps in a new model: dispose the old.
  useEffect(() => {
    const current = editorRef.current?.getModel() ?? null;
    const previous = modelRef.current;
    if (previous && previous !== current && !previous.isDisposed()) previous.dispose();
    modelRef.current = current;
  }, [path]);

  useEffect(() => () => keysRef.current?.dispose(), []);

  return (
    <div className={styles.root} data-language={language}>
      <Editor
        height={height}
        path={path}
        language={language}
        // Seeds each new model (first mount, language switch); later changes: the effect above.
        defaultValue={value}
        theme={theme}
        options={options}
        // The library types `monaco` as editor.api, which lacks the `typescript` namespace.
        beforeMount={handleBeforeMount as (monaco: unknown) => void}
        onMount={handleMount as (editor: unknown, monaco: unknown) => void}
        onChange={handleChange}
        loading={
          <pre className={styles.placeholder} aria-hidden style={{ height }}>
            {value}
          </pre>
        }
      />
    </div>
  );
}

export default CodeEditor;

'use client';
/**
 * A notebook cell's editor: Monaco, loaded at run time from our own origin (public/vendor/monaco,
 * Monaco's AMD build; nothing of Monaco is in the page bundle). Mounting one loads Monaco (once
 * per page), so notebooks mount it only when the reader edits (LazyCodeEditor). Until it is
 * ready the cell's text shows in a <pre> of the same size.
 */
import Editor, { loader } from '@monaco-editor/react';
import type * as MonacoModule from 'monaco-editor';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import styles from './CodeEditor.module.css';
import { EDITOR_THEMES } from './editorTheme';
import { cellModelPath, isCodeLanguage, nextModelName } from './cellModelPath';
import { editorHeight, estimatedHeight } from './editorLayout';
import { cellEditorOptions } from './cellEditorOptions';
import { bindNotebookKeys, type NotebookKeyBinding } from './notebookKeys';
import type { CodeEditorProps } from './codeEditorProps';
import { useOutsideValue } from './useOutsideValue';
import type { Monaco } from './typescriptSetup';
import { prepareMonaco } from './prepareMonaco';
import { useResolvedTheme } from '../shell/theme/useTheme';
import { assetPath } from '../../lib/routes/appRoutes';

type StandaloneEditor = MonacoModule.editor.IStandaloneCodeEditor;

/** Where scripts/copy-vendor.mjs puts node_modules/monaco-editor/min/vs. */
export const MONACO_VS_PATH = assetPath('/vendor/monaco/vs');

// Before any editor mounts: @monaco-editor/loader would otherwise fetch Monaco from a CDN.
loader.config({ paths: { vs: MONACO_VS_PATH } });

export type { CodeEditorProps };

export function CodeEditor(props: CodeEditorProps) {
  const { value, language, readOnly = false, ariaLabel, autoFocus = false } = props;
  const [modelName] = useState(nextModelName);
  const [height, setHeight] = useState(() => estimatedHeight(value));
  const editorRef = useRef<StandaloneEditor | null>(null);
  const keysRef = useRef<NotebookKeyBinding | null>(null);
  const modelRef = useRef<MonacoModule.editor.ITextModel | null>(null);
  // Handlers are read when a key is pressed, so new closures each render need no re-binding.
  const propsRef = useRef(props);
  useEffect(() => {
    propsRef.current = props;
  });

  const path = cellModelPath(modelName, language);
  const isCode = isCodeLanguage(language);
  // Monaco themes are global: every editor passes the same name, and a switch repaints them all.
  const theme = EDITOR_THEMES[useResolvedTheme()].name;

  const options = useMemo(() => cellEditorOptions({ ariaLabel, readOnly, isCode }), [ariaLabel, readOnly, isCode]);

  const { showValue, handleChange } = useOutsideValue(editorRef, value, propsRef);

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
        // Seeds each new model (first mount, language switch); later changes: useOutsideValue.
        defaultValue={value}
        theme={theme}
        options={options}
        // The library types `monaco` as editor.api, which lacks the `typescript` namespace.
        beforeMount={prepareMonaco as (monaco: unknown) => void}
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

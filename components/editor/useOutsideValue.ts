'use client';
/**
 * Keeps a Monaco editor's text and the notebook's copy of it in step. The editor's own edits go
 * out through `onChange`; a text that comes from elsewhere (a stand-in's typing, an undone cell
 * operation) replaces the content as one undoable edit. The library's own `value` sync is not
 * used: it drops keystrokes typed while React catches up, so only a text that is not an echo of
 * this editor's own edits (EchoTracker) is applied.
 */
import type { OnChange } from '@monaco-editor/react';
import type * as MonacoModule from 'monaco-editor';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { EchoTracker } from './echoTracker';

export function useOutsideValue(
  editorRef: RefObject<MonacoModule.editor.IStandaloneCodeEditor | null>,
  value: string,
  propsRef: RefObject<{ onChange(value: string): void }>,
) {
  const [echoes] = useState(() => new EchoTracker());
  const applyingValue = useRef(false);

  /** Shows a text that didn't come from this editor, as one undoable edit. */
  const showValue = useCallback(
    (text: string) => {
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
    },
    [editorRef],
  );

  const handleChange = useCallback<OnChange>(
    (next = '') => {
      if (applyingValue.current) return;
      echoes.sent(next);
      propsRef.current.onChange(next);
    },
    [echoes, propsRef],
  );

  useEffect(() => {
    if (editorRef.current && !echoes.isEcho(value)) showValue(value);
  }, [value, echoes, showValue, editorRef]);

  return { showValue, handleChange };
}

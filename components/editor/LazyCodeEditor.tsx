'use client';
/**
 * A cell's editor that becomes a Monaco editor only when the reader wants to edit: a press on,
 * or focus of, the cell's code (Enter in command mode and a new cell focus it too), or
 * `autoFocus`. Until then the source shows read-only and syntax-coloured (SourceStandIn), so
 * opening a notebook never loads Monaco, whose first load is several long main-thread tasks.
 *
 * The hand-over keeps what the reader does: while Monaco loads the stand-in is a text field with
 * the caret where they clicked, and what they type goes to the notebook as usual; when the
 * editor is ready it takes the text, the caret and the focus in the same task, then replaces the
 * stand-in. Once mounted it stays mounted: unmounting would only risk the cursor and undo history.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type * as MonacoModule from 'monaco-editor';
import { CodeEditor, type CodeEditorProps } from './CodeEditor';
import styles from './LazyCodeEditor.module.css';
import { whenNearViewport } from './nearViewport';
import { setUnopenedCellSource } from './cellScope';
import { SourceStandIn, type StandInHandle } from './standIn/SourceStandIn';
import { takeOverFromField } from './standIn/handOver';

export interface LazyCodeEditorProps extends CodeEditorProps {
  /** Colour the source now, whether or not the cell is in view (e.g. the selected cell). */
  eager?: boolean;
}

/** Languages whose cells declare names for the others (the TypeScript service's scope). */
const CODE_LANGUAGES = new Set(['typescript', 'javascript']);

type Phase = { name: 'stand-in' } | { name: 'loading'; offset: number } | { name: 'editor' };

export function LazyCodeEditor({ eager = false, ...props }: LazyCodeEditorProps) {
  const { value, language, ariaLabel, readOnly = false, autoFocus = false } = props;
  const [phase, setPhase] = useState<Phase>({ name: 'stand-in' });
  const [near, setNear] = useState(false);
  const hostRef = useRef<HTMLDivElement>(null);
  const standIn = useRef<StandInHandle>(null);
  const propsRef = useRef(props);
  useEffect(() => {
    propsRef.current = props;
  });

  // Until its editor exists, the cell's declarations reach the editors of the others this way.
  const scopeKey = useId();
  const inScope = phase.name !== 'editor' && CODE_LANGUAGES.has(language);
  useEffect(() => setUnopenedCellSource(scopeKey, inScope ? value : null), [scopeKey, inScope, value]);
  useEffect(() => () => setUnopenedCellSource(scopeKey, null), [scopeKey]);

  const activate = useCallback((offset: number | null) => {
    setPhase((current) => (current.name === 'stand-in' ? { name: 'loading', offset: offset ?? 0 } : current));
  }, []);

  // A caller that wants the editor focused (a Markdown cell opened for editing) gets it at once.
  useEffect(() => {
    if (autoFocus) activate(null);
  }, [autoFocus, activate]);

  const highlighted = near || eager || phase.name !== 'stand-in';
  useEffect(() => {
    const el = hostRef.current;
    if (highlighted || !el) return;
    return whenNearViewport(el, () => setNear(true));
  }, [highlighted]);

  const onEditorReady = useCallback((editor: MonacoModule.editor.IStandaloneCodeEditor) => {
    takeOverFromField(editor, standIn.current?.field() ?? null, Boolean(propsRef.current.autoFocus));
    setPhase({ name: 'editor' });
  }, []);

  return (
    <div ref={hostRef} className={styles.host}>
      {phase.name !== 'stand-in' && (
        <div className={phase.name === 'loading' ? styles.behind : undefined}>
          <CodeEditor {...props} autoFocus={phase.name === 'editor' && autoFocus} onEditorReady={onEditorReady} />
        </div>
      )}
      {phase.name !== 'editor' && (
        <SourceStandIn
          ref={standIn}
          value={value}
          language={language}
          ariaLabel={ariaLabel}
          readOnly={readOnly}
          highlighted={highlighted}
          editing={phase.name === 'loading' ? { offset: phase.offset } : null}
          onActivate={activate}
          onChange={props.onChange}
          onRun={props.onRun}
          onEscape={props.onEscape}
        />
      )}
    </div>
  );
}

'use client';
/**
 * A cell's source as the reader sees it before Monaco has loaded: read-only, syntax-coloured in
 * the editor theme's colours (editorTheme.ts), with line numbers, laid out like the editor so
 * the page doesn't move when Monaco takes its place. Colouring waits until `highlighted` (the
 * cell is near the viewport): until then the text is plain, a single text node.
 *
 * Pressing on it, or focusing it, asks for the editor (`onActivate`, with the offset under the
 * pointer). While Monaco loads, `editing` turns the stand-in into a plain text field laid over
 * the coloured text, focused where the click landed, so what is typed meanwhile is kept (and
 * coloured as it is typed); the editor takes over the text and the caret when it is ready.
 */
import {
  forwardRef,
  memo,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { tokenColorVariables } from '../editorTheme';
import type { RunMode } from '../notebookKeys';
import { estimatedHeight } from '../editorLayout';
import { highlightSource, type Run } from './highlightSource';
import { sourceOffsetAtPoint } from './sourceOffset';
import editorStyles from '../CodeEditor.module.css';
import styles from './SourceStandIn.module.css';

const TOKEN_VARIABLES = tokenColorVariables();

export interface SourceStandInProps {
  value: string;
  language: string;
  ariaLabel: string;
  readOnly: boolean;
  /** Colour the source (near the viewport); plain text until then. */
  highlighted: boolean;
  /** While Monaco loads: editable, focused with the caret at `offset`. */
  editing: { offset: number } | null;
  /** The reader wants to edit: at this source offset when a click said where, else null. */
  onActivate(offset: number | null): void;
  /** Text typed while Monaco loads. */
  onChange(value: string): void;
  onRun?(mode: RunMode): void;
  onEscape?(): void;
}

/** What the editor needs from the stand-in when it takes over. */
export interface StandInHandle {
  /** The text field while editing: its text, its selection, whether it has the focus. */
  field(): HTMLTextAreaElement | null;
}

/** The notebook's run keys, as the editor binds them (notebookKeys.ts). */
export function runMode(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>): RunMode | null {
  if (e.key !== 'Enter') return null;
  const modifiers = [e.shiftKey, e.altKey, e.ctrlKey || e.metaKey].filter(Boolean).length;
  if (modifiers !== 1) return null;
  if (e.shiftKey) return 'advance';
  if (e.altKey) return 'insert-below';
  return 'stay';
}

function splitLines(runs: Run[]): Run[][] {
  const lines: Run[][] = [[]];
  for (const run of runs) {
    const parts = run.text.split('\n');
    parts.forEach((text, i) => {
      if (i > 0) lines.push([]);
      if (text) lines[lines.length - 1].push({ text, kind: run.kind });
    });
  }
  return lines;
}

const ColouredLines = memo(function ColouredLines({ value, language }: { value: string; language: string }) {
  const lines = useMemo(() => splitLines(highlightSource(value, language)), [value, language]);
  return lines.map((runs, i) => (
    <div key={i} className={styles.line} data-n={i + 1}>
      {runs.map((run, j) =>
        run.kind ? (
          <span key={j} className={styles[run.kind]}>
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
      {/* The newline keeps the text content equal to the source (click offsets count it). */}
      {i < lines.length - 1 ? '\n' : null}
    </div>
  ));
});

export const SourceStandIn = forwardRef<StandInHandle, SourceStandInProps>(function SourceStandIn(props, ref) {
  const { value, language, ariaLabel, readOnly, highlighted, editing } = props;
  const codeRef = useRef<HTMLDivElement>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  // What is typed while Monaco loads is coloured from here, at once, rather than after a round trip through the store.
  const [typed, setTyped] = useState<string | null>(null);
  const text = editing && typed !== null ? typed : value;

  useImperativeHandle(ref, () => ({ field: () => fieldRef.current }), []);

  const editingOffset = editing?.offset;
  useLayoutEffect(() => {
    const field = fieldRef.current;
    if (editingOffset === undefined || !field) return;
    field.focus({ preventScroll: true });
    field.setSelectionRange(editingOffset, editingOffset);
  }, [editingOffset]);

  const activate = (offset: number | null) => {
    if (!editing) props.onActivate(offset);
  };

  const onMouseDown = (e: MouseEvent<HTMLDivElement>) => {
    if (editing || e.button !== 0) return;
    // The field that replaces this text takes the focus and the caret; the browser's own
    // handling would put the focus back on this element.
    e.preventDefault();
    activate(codeRef.current ? sourceOffsetAtPoint(codeRef.current, e.clientX, e.clientY) : null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const mode = runMode(e);
    if (mode && props.onRun) {
      e.preventDefault();
      props.onRun(mode);
    } else if (e.key === 'Escape' && props.onEscape) {
      e.preventDefault();
      props.onEscape();
    } else if (e.key === 'Tab' && !e.shiftKey && !readOnly) {
      // Monaco indents with Tab (tabSize 2); the field would move the focus away instead.
      e.preventDefault();
      const field = e.currentTarget;
      field.setRangeText('  ', field.selectionStart, field.selectionEnd, 'end');
      setTyped(field.value);
      props.onChange(field.value);
    }
  };

  return (
    <div className={`${editorStyles.root} ${styles.standIn}`} data-language={language} style={TOKEN_VARIABLES}>
      <div
        ref={codeRef}
        className={styles.code}
        style={{ height: estimatedHeight(text) }}
        data-editor-stand-in="source"
        aria-label={editing ? undefined : ariaLabel}
        aria-hidden={editing ? true : undefined}
        tabIndex={editing ? -1 : 0}
        onMouseDown={onMouseDown}
        onFocus={() => activate(null)}
      >
        {highlighted ? <ColouredLines value={text} language={language} /> : text}
      </div>
      {editing && (
        <textarea
          ref={fieldRef}
          className={styles.field}
          data-editor-stand-in="field"
          aria-label={ariaLabel}
          defaultValue={value}
          readOnly={readOnly}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
          wrap="soft"
          onChange={(e) => {
            setTyped(e.currentTarget.value);
            props.onChange(e.currentTarget.value);
          }}
          onKeyDown={onKeyDown}
          onScroll={(e) => {
            if (codeRef.current) codeRef.current.scrollTop = e.currentTarget.scrollTop;
          }}
        />
      )}
    </div>
  );
});

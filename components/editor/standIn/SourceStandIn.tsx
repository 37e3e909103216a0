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
import { forwardRef, useImperativeHandle, useRef, useState, type MouseEvent } from 'react';
import { tokenColorVariables } from '../editorTheme';
import type { RunMode } from '../notebookKeys';
import { estimatedHeight } from '../editorLayout';
import { ColouredLines } from './ColouredLines';
import { sourceOffsetAtPoint } from './sourceOffset';
import { TypingField } from './TypingField';
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

export const SourceStandIn = forwardRef<StandInHandle, SourceStandInProps>(function SourceStandIn(props, ref) {
  const { value, language, ariaLabel, readOnly, highlighted, editing } = props;
  const codeRef = useRef<HTMLDivElement>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  // What is typed while Monaco loads is coloured from here, at once, rather than after a round trip through the store.
  const [typed, setTyped] = useState<string | null>(null);
  const text = editing && typed !== null ? typed : value;

  useImperativeHandle(ref, () => ({ field: () => fieldRef.current }), []);

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
        <TypingField
          fieldRef={fieldRef}
          initialValue={value}
          ariaLabel={ariaLabel}
          readOnly={readOnly}
          offset={editing.offset}
          underlay={codeRef}
          onChange={(typedValue) => {
            setTyped(typedValue);
            props.onChange(typedValue);
          }}
          onRun={props.onRun}
          onEscape={props.onEscape}
        />
      )}
    </div>
  );
});

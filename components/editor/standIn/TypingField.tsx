'use client';
/**
 * The plain text field laid over the coloured source while Monaco loads: it takes the focus and
 * the caret where the click landed, keeps what is typed, and answers the run keys, Escape and
 * Tab as the editor will.
 */
import { useLayoutEffect, type KeyboardEvent, type RefObject } from 'react';
import type { RunMode } from '../notebookKeys';
import { runMode } from './runMode';
import styles from './SourceStandIn.module.css';

export interface TypingFieldProps {
  fieldRef: RefObject<HTMLTextAreaElement | null>;
  initialValue: string;
  ariaLabel: string;
  readOnly: boolean;
  /** Where the caret starts, as a source offset. */
  offset: number;
  /** The coloured text under the field, scrolled with it. */
  underlay: RefObject<HTMLDivElement | null>;
  onChange(value: string): void;
  onRun?(mode: RunMode): void;
  onEscape?(): void;
}

export function TypingField(props: TypingFieldProps) {
  const { fieldRef, initialValue, ariaLabel, readOnly, offset, underlay, onChange, onRun, onEscape } = props;

  useLayoutEffect(() => {
    const field = fieldRef.current;
    if (!field) return;
    field.focus({ preventScroll: true });
    field.setSelectionRange(offset, offset);
  }, [fieldRef, offset]);

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const mode = runMode(e);
    if (mode && onRun) {
      e.preventDefault();
      onRun(mode);
    } else if (e.key === 'Escape' && onEscape) {
      e.preventDefault();
      onEscape();
    } else if (e.key === 'Tab' && !e.shiftKey && !readOnly) {
      // Monaco indents with Tab (tabSize 2); the field would move the focus away instead.
      e.preventDefault();
      const field = e.currentTarget;
      field.setRangeText('  ', field.selectionStart, field.selectionEnd, 'end');
      onChange(field.value);
    }
  };

  return (
    <textarea
      ref={fieldRef}
      className={styles.field}
      data-editor-stand-in="field"
      aria-label={ariaLabel}
      defaultValue={initialValue}
      readOnly={readOnly}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      autoCorrect="off"
      wrap="soft"
      onChange={(e) => onChange(e.currentTarget.value)}
      onKeyDown={onKeyDown}
      onScroll={(e) => {
        if (underlay.current) underlay.current.scrollTop = e.currentTarget.scrollTop;
      }}
    />
  );
}

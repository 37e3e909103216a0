'use client';
/**
 * A cell's editor that becomes a Monaco editor only when it is needed: when the cell comes near
 * the viewport, is selected, or is to be edited (autoFocus), or when its text is clicked or
 * focused. Until then the source shows as plain monospace text at the editor's height, so the
 * page neither jumps nor pays for thousands of editors at once. Once mounted it stays mounted:
 * the text lives in the notebook store either way, and unmounting would only risk the cursor,
 * undo history and anything being typed.
 */
import { useEffect, useRef, useState } from 'react';
import { CodeEditor, type CodeEditorProps } from './CodeEditor';
import styles from './CodeEditor.module.css';
import { estimatedHeight } from './editorLayout';
import { whenNearViewport } from './nearViewport';

export interface LazyCodeEditorProps extends CodeEditorProps {
  /** Mount now, whether or not the cell is in view (e.g. the selected cell, which keys may edit next). */
  eager?: boolean;
}

export function LazyCodeEditor({ eager = false, ...props }: LazyCodeEditorProps) {
  const [near, setNear] = useState(false);
  // A click or focus on the stand-in means "let me type here": the editor takes the focus when it mounts.
  const [focusOnMount, setFocusOnMount] = useState(false);
  const [latched, setLatched] = useState(false);
  const standIn = useRef<HTMLPreElement>(null);
  const wanted = latched || near || eager || focusOnMount || Boolean(props.autoFocus);

  useEffect(() => {
    if (wanted && !latched) setLatched(true);
  }, [wanted, latched]);

  useEffect(() => {
    const el = standIn.current;
    if (wanted || !el) return;
    return whenNearViewport(el, () => setNear(true));
  }, [wanted]);

  if (wanted) {
    return (
      <CodeEditor
        {...props}
        autoFocus={Boolean(props.autoFocus) || focusOnMount}
        onFocus={() => {
          setFocusOnMount(false); // once focused, autoFocus is the caller's again
          props.onFocus?.();
        }}
      />
    );
  }
  return (
    <div className={styles.root} data-language={props.language}>
      <pre
        ref={standIn}
        className={styles.placeholder}
        style={{ height: estimatedHeight(props.value) }}
        aria-label={props.ariaLabel}
        tabIndex={0}
        onMouseDown={() => setFocusOnMount(true)}
        onFocus={() => setFocusOnMount(true)}
      >
        {props.value}
      </pre>
    </div>
  );
}

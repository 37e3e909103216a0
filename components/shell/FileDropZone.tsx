'use client';
/**
 * A file picker and a drop zone in one: the Models page's Import model and the Data panel's
 * Upload data. The caller gets the chosen files and says when it is busy with them.
 */
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import styles from './FileDropZone.module.css';

export interface FileDropZoneProps {
  /** The button's text, e.g. "Import model". */
  label: string;
  /** The button's text while busy. */
  busyLabel: string;
  busy: boolean;
  /** What may be dropped, beside the button. */
  hint: ReactNode;
  /** The hidden input's accessible name (tests and screen readers choose files through it). */
  inputLabel: string;
  accept?: string;
  multiple?: boolean;
  /** A tighter layout for side panels. */
  compact?: boolean;
  onFiles(files: File[]): void;
}

export function FileDropZone({ label, busyLabel, busy, hint, inputLabel, accept, multiple, compact, onFiles }: FileDropZoneProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  function take(files: File[]) {
    if (input.current) input.current.value = '';
    if (files.length > 0) onFiles(files);
  }

  function drop(e: DragEvent) {
    e.preventDefault();
    setOver(false);
    if (!busy) take([...e.dataTransfer.files]);
  }

  return (
    <div
      className={styles.dropZone}
      data-over={over || undefined}
      data-compact={compact || undefined}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <button type="button" className="sb-button sb-button-primary" onClick={() => input.current?.click()} disabled={busy}>
        {busy ? busyLabel : label}
      </button>
      <span className={styles.hint}>{hint}</span>
      <input
        ref={input}
        type="file"
        multiple={multiple}
        accept={accept}
        aria-label={inputLabel}
        className="visually-hidden"
        onChange={(e) => take([...(e.target.files ?? [])])}
      />
    </div>
  );
}

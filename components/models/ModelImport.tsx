'use client';
/**
 * Import model: a file picker and a drop zone. One Keras .h5 or .keras file, or a TensorFlow.js
 * model.json chosen together with its .bin weight files.
 */
import { useRef, useState, type DragEvent } from 'react';
import type { ModelRecord } from '../../lib/models/modelRecord';
import { importChosenFiles } from './modelFileActions';
import styles from './Models.module.css';

export interface ModelImportProps {
  onImported(model: ModelRecord): void;
  onError(message: string): void;
}

export function ModelImport({ onImported, onError }: ModelImportProps) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);

  async function take(files: File[]) {
    if (files.length === 0) return;
    setBusy(true);
    try {
      onImported(await importChosenFiles(files));
    } catch (e) {
      onError(`${files.map((f) => f.name).join(', ')} was not imported: ${(e as Error).message}`);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  function drop(e: DragEvent) {
    e.preventDefault();
    setOver(false);
    void take([...e.dataTransfer.files]);
  }

  return (
    <div
      className={styles.dropZone}
      data-over={over || undefined}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <button type="button" className="sb-button sb-button-primary" onClick={() => input.current?.click()} disabled={busy}>
        {busy ? 'Importing…' : 'Import model'}
      </button>
      <span className={styles.muted}>or drop a Keras .h5 / .keras file, or a TensorFlow.js model.json with its .bin files, here</span>
      <input
        ref={input}
        type="file"
        multiple
        accept=".h5,.hdf5,.keras,.json,.bin"
        aria-label="Model files to import"
        className="visually-hidden"
        onChange={(e) => void take([...(e.target.files ?? [])])}
      />
    </div>
  );
}

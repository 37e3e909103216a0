'use client';
/**
 * Import model: a file picker and a drop zone. One Keras .h5 or .keras file, or a TensorFlow.js
 * model.json chosen together with its .bin weight files.
 */
import { useState } from 'react';
import type { ModelRecord } from '../../lib/models/modelRecord';
import { FileDropZone } from '../shell/FileDropZone';
import { importChosenFiles } from './modelFileActions';

export interface ModelImportProps {
  onImported(model: ModelRecord): void;
  onError(message: string): void;
}

export function ModelImport({ onImported, onError }: ModelImportProps) {
  const [busy, setBusy] = useState(false);

  async function take(files: File[]) {
    setBusy(true);
    try {
      onImported(await importChosenFiles(files));
    } catch (e) {
      onError(`${files.map((f) => f.name).join(', ')} was not imported: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <FileDropZone
      label="Import model"
      busyLabel="Importing…"
      busy={busy}
      hint="or drop a Keras .h5 / .keras file, or a TensorFlow.js model.json with its .bin files, here"
      inputLabel="Model files to import"
      accept=".h5,.hdf5,.keras,.json,.bin"
      multiple
      onFiles={(files) => void take(files)}
    />
  );
}

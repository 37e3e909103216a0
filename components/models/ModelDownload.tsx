'use client';
import { useState } from 'react';
import type { ModelFormat, ModelRecord } from '../../lib/models/modelRecord';
import { downloadModel, FORMAT_LABELS } from './modelFileActions';
import styles from './Models.module.css';

/** A format menu and a Download button for one model. */
export function ModelDownload({ model, onError }: { model: ModelRecord; onError(message: string): void }) {
  const [format, setFormat] = useState<ModelFormat>('keras');
  const [busy, setBusy] = useState(false);
  const label = `${model.name} version ${model.version}`;

  async function download() {
    setBusy(true);
    try {
      await downloadModel(model, format);
    } catch (e) {
      onError(`Could not export ${label}: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className={styles.download}>
      <select aria-label={`Download format for ${label}`} value={format} onChange={(e) => setFormat(e.target.value as ModelFormat)}>
        {(Object.keys(FORMAT_LABELS) as ModelFormat[]).map((f) => (
          <option key={f} value={f}>
            {FORMAT_LABELS[f]}
          </option>
        ))}
      </select>
      <button type="button" className="sb-button" onClick={() => void download()} disabled={busy} aria-label={`Download ${label}`}>
        {busy ? 'Preparing…' : 'Download'}
      </button>
    </span>
  );
}

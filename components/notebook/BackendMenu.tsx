'use client';
/**
 * "Backend: Auto / WebGPU / WebGL / WASM / CPU" beside the kernel status, each with what was
 * detected here. The choice is kept in the notebook's metadata and applied to the kernel and to
 * every executor (useNotebookSession does that), so it survives a reload and travels in the .ipynb.
 */
import { BACKEND_CHOICES, isBackendChoice, type BackendChoice } from '../../lib/cluster/backendChoice';
import { backendMenuLabel, type DetectedBackend } from '../../lib/cluster/detectedBackends';
import styles from './BackendMenu.module.css';

export function BackendMenu({
  choice,
  detected,
  disabled,
  onChoose,
}: {
  choice: BackendChoice;
  detected: DetectedBackend[];
  disabled: boolean;
  onChoose(choice: BackendChoice): void;
}) {
  const unavailable = (b: BackendChoice) => detected.some((d) => d.name === b && !d.available);
  return (
    <label className={styles.menu} title="The TensorFlow.js backend of this notebook's kernel and Spark workers">
      <span className={styles.caption}>Backend</span>
      <select
        className={styles.select}
        aria-label="Backend"
        value={choice}
        disabled={disabled}
        onChange={(e) => isBackendChoice(e.target.value) && onChoose(e.target.value)}
      >
        {BACKEND_CHOICES.map((b) => (
          <option key={b} value={b} disabled={unavailable(b) && b !== choice}>
            {backendMenuLabel(b, detected)}
          </option>
        ))}
      </select>
    </label>
  );
}

'use client';
/** The home page's heading, with New notebook and Import notebook (a file picker). */
import { useRef } from 'react';
import styles from './Gallery.module.css';

export function GalleryHero({ onNew, onImport }: { onNew(): void; onImport(files: FileList): void }) {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.hero}>
      <div>
        <h1>Notebooks</h1>
        <p>Define, train and evaluate neural networks with TensorFlow.js — in your browser, on a cluster of Web Workers.</p>
      </div>
      <div className={styles.actions}>
        <button className="sb-button" onClick={onNew}>
          New notebook
        </button>
        <button className="sb-button sb-button-secondary" onClick={() => fileInput.current?.click()}>
          Import notebook
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".ipynb,application/x-ipynb+json,application/json"
          className="visually-hidden"
          aria-label="Notebook file to import"
          data-testid="import-input"
          onChange={(e) => {
            if (e.target.files) onImport(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
    </div>
  );
}

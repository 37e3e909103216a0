'use client';
/**
 * The uploaded files: name, kind, size, shape and when, the call that loads each in a cell,
 * a preview (open on the Data page, one click away in the notebook's panel), and Delete.
 */
import { useState } from 'react';
import { formatSize, loadCallFor, type DatasetRecord } from '../../lib/datasets/datasetRecord';
import { DatasetPreviewView } from './DatasetPreviewView';
import styles from './Data.module.css';

function facts(d: DatasetRecord): string {
  const parts = [formatSize(d.size)];
  if (d.preview.kind === 'csv') parts.push(`${d.preview.rowCount.toLocaleString('en-US')} rows × ${d.preview.columns.length} columns`);
  if (d.preview.kind === 'json') parts.push(d.preview.shape);
  return parts.join(' · ');
}

function CopyCall({ call }: { call: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className={styles.small}
      title="Copy the call that loads this file"
      onClick={() => {
        void navigator.clipboard?.writeText(call).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 1500);
        });
      }}
    >
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}

export function DataList({
  datasets,
  compact,
  onDelete,
}: {
  datasets: DatasetRecord[];
  compact?: boolean;
  onDelete(d: DatasetRecord): void;
}) {
  return (
    <ul className={styles.list} data-compact={compact || undefined} aria-label="Uploaded files">
      {datasets.map((d) => {
        const call = loadCallFor(d);
        return (
          <li key={d.name} className={styles.item} aria-label={d.name}>
            <div className={styles.itemHead}>
              <span className={styles.name}>{d.name}</span>
              <span className={styles.kind}>{d.kind === 'binary' ? 'bytes' : d.kind.toUpperCase()}</span>
              <button
                type="button"
                className={styles.delete}
                aria-label={`Delete ${d.name}`}
                title={`Delete ${d.name}`}
                onClick={() => onDelete(d)}
              >
                Delete
              </button>
            </div>
            <div className={styles.facts}>
              {facts(d)}
              {!compact && <> · uploaded {new Date(d.uploadedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}</>}
            </div>
            <div className={styles.callRow}>
              <code className={styles.call}>{call}</code>
              <CopyCall call={call} />
            </div>
            {compact ? (
              <details className={styles.previewToggle}>
                <summary>Preview</summary>
                <DatasetPreviewView dataset={d} />
              </details>
            ) : (
              <DatasetPreviewView dataset={d} />
            )}
          </li>
        );
      })}
    </ul>
  );
}

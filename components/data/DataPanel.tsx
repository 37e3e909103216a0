'use client';
/**
 * The Data panel beside the notebook: the uploaded files (as on the Data page), Upload data, and
 * the call that loads each. Collapsible; whether it is open is remembered in this browser.
 */
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { Notice } from '../shell/Notice';
import { DataList } from './DataList';
import { DataUpload } from './DataUpload';
import { useUploadedData } from './useUploadedData';
import styles from './Data.module.css';

const OPEN_KEY = 'sparkbook.dataPanel.open';

export function DataPanel() {
  const { datasets, error, status, uploading, upload, remove } = useUploadedData();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    setOpen(localStorage.getItem(OPEN_KEY) === 'true');
  }, []);

  return (
    <details
      className={styles.panel}
      open={open}
      onToggle={(e) => {
        const now = (e.currentTarget as HTMLDetailsElement).open;
        setOpen(now);
        localStorage.setItem(OPEN_KEY, String(now));
      }}
    >
      <summary className={styles.panelHeader}>
        <h2>Data</h2>
        <span className={styles.count}>{datasets === null ? '' : `${datasets.length} file${datasets.length === 1 ? '' : 's'}`}</span>
      </summary>
      <aside aria-label="Data" className={styles.panelBody}>
        <DataUpload compact uploading={uploading} onFiles={(files) => void upload(files)} />
        <Notice kind="error">{error}</Notice>
        <Notice kind="status">{status}</Notice>
        {datasets && datasets.length > 0 ? (
          <DataList compact datasets={datasets} onDelete={(d) => void remove(d)} />
        ) : (
          datasets && <p className={styles.more}>No uploads yet. Shipped datasets (iris.csv, …) load by name.</p>
        )}
        <p className={styles.more}>
          <Link href="/data">Open the Data page</Link>
        </p>
      </aside>
    </details>
  );
}

'use client';
/**
 * /data: the files uploaded as data. Upload data (picker or drop), each file's size, shape and
 * preview, the call that loads it in any notebook, and Delete. The notebook's Data panel shows
 * the same list.
 */
import { formatSize, MAX_UPLOAD_BYTES } from '../../lib/datasets/datasetRecord';
import { Notice } from '../shell/Notice';
import { SectionBoundary } from '../shell/SectionBoundary';
import { DataList } from './DataList';
import { DataUpload } from './DataUpload';
import { useUploadedData } from './useUploadedData';
import jobs from '../jobs/Jobs.module.css';

export function DataPage() {
  const { datasets, error, status, uploading, upload, remove } = useUploadedData();
  return (
    <div className={jobs.page}>
      <div className={jobs.hero}>
        <div>
          <h1>Data</h1>
          <p>
            Your own files, kept in this browser, for any notebook: <code>await datasets.csv(&apos;my-file.csv&apos;)</code>,{' '}
            <code>datasets.json</code> or <code>datasets.bytes</code>. Up to {formatSize(MAX_UPLOAD_BYTES)} a file; uploading a name again
            replaces it.
          </p>
        </div>
      </div>
      <DataUpload uploading={uploading} onFiles={(files) => void upload(files)} />
      <Notice kind="error">{error}</Notice>
      <Notice kind="status">{status}</Notice>
      {datasets === null ? (
        <p className={jobs.muted}>Loading…</p>
      ) : datasets.length === 0 ? (
        <div className={jobs.empty}>
          <p>
            <strong>No data uploaded yet</strong>
          </p>
          <p className={jobs.muted}>
            Upload a CSV with a header row, a JSON file, or any file to read as bytes. The shipped datasets (iris.csv, …) load by name
            without uploading.
          </p>
        </div>
      ) : (
        <SectionBoundary name="The uploaded files">
          <DataList datasets={datasets} onDelete={(d) => void remove(d)} />
        </SectionBoundary>
      )}
    </div>
  );
}

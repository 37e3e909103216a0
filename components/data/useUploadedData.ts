'use client';
/**
 * The uploaded files as the Data page and the notebook's Data panel show them: the list, the
 * upload in progress, and the last outcome (role=status) or refusal (role=alert). Pages and
 * panels in other tabs hear about uploads and deletions and list again.
 */
import { useCallback, useEffect, useState } from 'react';
import { formatSize, loadCallFor, type DatasetRecord } from '../../lib/datasets/datasetRecord';
import { datasetStore } from '../../lib/state/browserStores';
import type { UploadPhase } from './dataUploadMessages';
import { uploadDataset } from './uploadDataset';

const CHANNEL = 'sparkbook-uploaded-data';

/** The upload under way: which file, and what the worker is doing. */
export interface UploadUnderWay {
  name: string;
  phase: UploadPhase;
  fraction?: number;
}

export function useUploadedData() {
  const [datasets, setDatasets] = useState<DatasetRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [uploading, setUploading] = useState<UploadUnderWay | null>(null);

  const refresh = useCallback(async () => {
    try {
      setDatasets(await datasetStore().list());
    } catch (e) {
      setError(`Could not read the uploaded files from this browser's storage: ${(e as Error).message}`);
      setDatasets((prev) => prev ?? []);
    }
  }, []);

  useEffect(() => {
    void refresh();
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = () => void refresh();
    return () => channel.close();
  }, [refresh]);

  const announce = useCallback(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage('changed');
    channel.close();
  }, []);

  const upload = useCallback(
    async (files: File[]) => {
      setError(null);
      setStatus(null);
      const stored: string[] = [];
      const refused: string[] = [];
      // One at a time: each file is held in memory while it is checked.
      for (const file of files) {
        setUploading({ name: file.name, phase: 'reading' });
        try {
          const { record, replaced } = await uploadDataset(file, (phase, fraction) => setUploading({ name: file.name, phase, fraction }));
          stored.push(
            `${replaced ? 'Replaced' : 'Uploaded'} ${record.name} (${formatSize(record.size)}). Load it in a cell with ${loadCallFor(record)}.`,
          );
        } catch (e) {
          refused.push(`${file.name} was not uploaded: ${(e as Error).message}`);
        }
      }
      setUploading(null);
      if (stored.length) setStatus(stored.join(' '));
      if (refused.length) setError(refused.join('\n'));
      await refresh();
      if (stored.length) announce();
    },
    [refresh, announce],
  );

  const remove = useCallback(
    async (record: DatasetRecord) => {
      if (
        !window.confirm(
          `Delete ${record.name} (${formatSize(record.size)}) from this browser? Cells that load it will fail until you upload it again.`,
        )
      )
        return;
      setError(null);
      try {
        await datasetStore().delete(record.name);
        setStatus(`Deleted ${record.name}.`);
      } catch (e) {
        setStatus(null);
        setError(`Could not delete ${record.name}: ${(e as Error).message}`);
      }
      await refresh();
      announce();
    },
    [refresh, announce],
  );

  return { datasets, error, status, uploading, upload, remove };
}

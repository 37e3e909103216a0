'use client';
import { useEffect, useState } from 'react';
import type { JobRecord } from '../../lib/jobs/jobRecord';
import type { ModelRecord } from '../../lib/models/modelRecord';
import { jobStore, modelStore } from '../../lib/state/browserStores';

export type ModelLoad =
  | { state: 'loading' }
  | { state: 'ready'; model: ModelRecord; versions: ModelRecord[]; job?: JobRecord }
  | { state: 'missing' }
  | { state: 'error'; message: string };

/** One model version from the repository, with the other versions of its name (newest first) and the job that trained it. */
export function useModelRecord(id: string): ModelLoad {
  const [load, setLoad] = useState<ModelLoad>({ state: 'loading' });
  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const all = await modelStore().list();
        const model = all.find((m) => m.id === id);
        if (!model) return !cancelled && setLoad({ state: 'missing' });
        // A missing or unreadable job only costs the curves, not the page.
        const job = model.training?.jobId
          ? await jobStore()
              .get(model.training.jobId)
              .catch(() => undefined)
          : undefined;
        const versions = all.filter((m) => m.name === model.name).sort((a, b) => b.version - a.version);
        if (!cancelled) setLoad({ state: 'ready', model, versions, job });
      } catch (e) {
        if (!cancelled) setLoad({ state: 'error', message: (e as Error).message });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [id]);
  return load;
}

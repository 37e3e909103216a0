'use client';
import { useCallback, useEffect, useState } from 'react';
import type { JobRecord } from '../../lib/jobs/jobRecord';
import { jobStore } from '../../lib/state/browserStores';

export type JobLoad =
  { state: 'loading' } | { state: 'ready'; job: JobRecord } | { state: 'missing' } | { state: 'error'; message: string };

/** A running job's record grows as it trains; re-reading it this often keeps the page live without a subscription. */
const REFRESH_WHILE_RUNNING_MS = 2000;

/** One job of the history, read from IndexedDB and re-read while it runs. */
export function useJobRecord(id: string): JobLoad {
  const [load, setLoad] = useState<JobLoad>({ state: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const job = await jobStore().get(id);
      setLoad(job ? { state: 'ready', job } : { state: 'missing' });
    } catch (e) {
      setLoad({ state: 'error', message: (e as Error).message });
    }
  }, [id]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const running = load.state === 'ready' && load.job.status === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void refresh(), REFRESH_WHILE_RUNNING_MS);
    return () => clearInterval(timer);
  }, [running, refresh]);

  return load;
}

'use client';
import { useCallback, useEffect, useState } from 'react';
import type { JobRecord } from '../../lib/jobs/jobRecord';
import { jobStore } from '../../lib/state/browserStores';

/** The training page adds to a running job's record a few times a second; re-reading every 2 s keeps the list live. */
const REFRESH_WHILE_RUNNING_MS = 2000;

/** Every job of this browser's history, re-read while any runs; `now` is when it was read (for running durations). */
export function useJobHistory() {
  const [jobs, setJobs] = useState<JobRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());

  const refresh = useCallback(async () => {
    try {
      const list = await jobStore().list();
      setJobs(list);
      setNow(Date.now());
    } catch (e) {
      setError(`Could not read the job history from this browser's storage: ${(e as Error).message}`);
      setJobs((prev) => prev ?? []);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const anyRunning = jobs?.some((j) => j.status === 'running') ?? false;
  useEffect(() => {
    if (!anyRunning) return;
    const timer = setInterval(() => void refresh(), REFRESH_WHILE_RUNNING_MS);
    return () => clearInterval(timer);
  }, [anyRunning, refresh]);

  return { jobs, error, setError, now, refresh };
}

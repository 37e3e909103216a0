import { describe, expect, it, vi } from 'vitest';
import { applyJobDelta, type JobDelta } from '../../lib/jobs/jobDelta';
import type { KernelJobRecord } from '../../lib/jobs/jobRecord';
import { createMemoryJobStore } from '../../lib/persistence/jobStoreMemory';
import type { JobStore } from '../../lib/persistence/jobStore';
import { createClusterStore } from '../../lib/state/clusterStore';
import { createJobFanOut } from './jobFanOut';

const task = (stage: number, outcome: 'succeeded' | 'lost' = 'succeeded') => ({
  stage,
  taskId: `${stage}.0`,
  executor: '1',
  attempt: 1,
  samples: 8,
  startedAt: stage,
  endedAt: stage + 1,
  outcome,
});
const point = (step: number) => ({ step, epoch: 0, values: { loss: 1 / step } });

/** What a two-epoch fit sends, message by message. */
const fitMessages: JobDelta[][] = [
  [{ jobId: 'j1', start: { kind: 'fit', cellId: 'c1', startedAt: 100 } }],
  [
    {
      jobId: 'j1',
      config: { executors: 2, backends: ['cpu'], epochs: 2 },
      position: { step: 2, totalSteps: 4, epoch: 1, epochs: 2 },
      added: { stepMetrics: [point(1), point(2)], tasks: [task(1), task(2)], epochMetrics: [point(2)] },
    },
  ],
  [
    {
      jobId: 'j1',
      position: { step: 3 },
      added: { stepMetrics: [point(3)], tasks: [task(3, 'lost')], lostExecutors: [{ executor: '2', at: 3, reason: 'killed' }] },
    },
  ],
  [
    {
      jobId: 'j1',
      position: { step: 4, epoch: 2 },
      added: { stepMetrics: [point(4)], epochMetrics: [point(4)], tasks: [task(4)] },
      end: { status: 'succeeded', endedAt: 200 },
    },
  ],
];

function setup(store: JobStore = createMemoryJobStore()) {
  const cluster = createClusterStore();
  const fanOut = createJobFanOut({ cluster, jobs: () => store, notebook: () => ({ id: 'nb1', title: 'Iris' }), now: () => 150 });
  return { cluster, fanOut, store };
}

describe('createJobFanOut', () => {
  it('keeps the same record the deltas add up to, with the notebook it ran in', async () => {
    const { fanOut, store } = setup();
    let expected: KernelJobRecord | undefined;
    for (const message of fitMessages) {
      fanOut.take(message);
      for (const d of message) expected = applyJobDelta(expected, d);
    }
    await fanOut.settled();
    expect(await store.get('j1')).toEqual({ ...expected, notebookId: 'nb1', notebookTitle: 'Iris', updatedAt: 150 });
  });

  it('shows the job in the cluster panel from its start, its progress merged, until its end', () => {
    const { cluster, fanOut } = setup();
    fanOut.take(fitMessages[0]);
    expect(cluster.getState().job).toMatchObject({ jobId: 'j1', kind: 'fit', status: 'running', step: 0 });
    fanOut.take(fitMessages[1]);
    expect(cluster.getState().job).toMatchObject({ status: 'running', step: 2, totalSteps: 4, epoch: 1, epochs: 2 });
    fanOut.take(fitMessages[2]);
    expect(cluster.getState().job).toMatchObject({ step: 3, totalSteps: 4, epoch: 1 });
    fanOut.take(fitMessages[3]);
    expect(cluster.getState().job).toMatchObject({ status: 'succeeded', step: 4, epoch: 2 });
  });

  it('shows a failed job’s error and ignores deltas of a job whose start it never saw', () => {
    const { cluster, fanOut } = setup();
    fanOut.take([{ jobId: 'ghost', position: { step: 9 } }]);
    expect(cluster.getState().job).toBeNull();
    fanOut.take([{ jobId: 'j2', start: { kind: 'evaluate', cellId: 'c1', startedAt: 1 } }]);
    fanOut.take([{ jobId: 'j2', end: { status: 'failed', endedAt: 2, error: 'Shapes differ' } }]);
    expect(cluster.getState().job).toMatchObject({ jobId: 'j2', status: 'failed', error: 'Shapes differ' });
  });

  it('appends each message’s points, never putting the whole record, and stores a job’s writes in order', async () => {
    const store = createMemoryJobStore();
    const put = vi.spyOn(store, 'put');
    const appended: number[] = [];
    const append = store.append.bind(store);
    // A slow first write must not let the later ones overtake it.
    vi.spyOn(store, 'append').mockImplementation(async (id, update) => {
      if (appended.length === 0) await new Promise((r) => setTimeout(r, 20));
      appended.push(update.chunk?.stepMetrics?.length ?? 0);
      return append(id, update);
    });
    const { fanOut } = setup(store);
    for (const message of fitMessages) fanOut.take(message);
    await fanOut.settled();
    expect(put).not.toHaveBeenCalled();
    expect(appended).toEqual([0, 2, 1, 1]);
    expect((await store.get('j1'))!.stepMetrics.map((p) => p.step)).toEqual([1, 2, 3, 4]);
  });

  it('tells the console when the history cannot be written, and mends the job’s header with the next write', async () => {
    const store = createMemoryJobStore();
    vi.spyOn(store, 'append').mockRejectedValueOnce(new Error('QuotaExceededError'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { cluster, fanOut } = setup(store);
    fanOut.take(fitMessages[0]);
    fanOut.take(fitMessages[1]);
    await fanOut.settled();
    expect(error).toHaveBeenCalledWith('Could not save the job history record', expect.any(Error));
    expect(cluster.getState().job).toMatchObject({ step: 2 });
    // The start was lost with the failed write; the next report still wrote who the job is.
    expect(await store.get('j1')).toMatchObject({ kind: 'fit', cellId: 'c1', startedAt: 100, notebookId: 'nb1', config: { epochs: 2 } });
    error.mockRestore();
  });
});

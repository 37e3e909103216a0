import { afterEach, describe, expect, it, vi } from 'vitest';
import { ORPHAN_AFTER_MS, type JobRecord } from '../jobs/jobRecord';
import { MAX_RECORDED_STEPS } from '../jobs/stepThinning';
import { sampleJobs } from '../../testing/sampleJobs';
import type { JobHeaderPatch, JobStore } from './jobStore';
import { CorruptRecordError } from './storedRecords';

/** A fresh, empty store, and a way to write a raw record past the store (to fake a corrupt one). */
export interface JobStoreUnderTest {
  store: JobStore;
  putRaw(record: unknown): Promise<void>;
  /** Writes a raw chunk past the store (to fake a corrupt one). */
  putRawChunk(chunk: { jobId: string; seq: number } & Record<string, unknown>): Promise<void>;
}

/** The header a running job's first report writes. */
function startHeader(startedAt: number): JobHeaderPatch {
  return {
    kind: 'fit',
    notebookId: 'nb1',
    notebookTitle: 'Iris',
    cellId: 'c1',
    status: 'running',
    startedAt,
    updatedAt: Date.now(),
    config: { executors: 2, backends: ['wasm'] },
  };
}

/** A job saved the way a running job's reports save it: the header, then its parts as chunks. */
async function appendInParts(store: JobStore, job: JobRecord) {
  const { id, stepMetrics, epochMetrics, tasks, lostExecutors, ...header } = job;
  await store.append(id, { header: { ...header, status: 'running' } });
  await store.append(id, { header: {}, chunk: { stepMetrics: stepMetrics.slice(0, 3), tasks: tasks.slice(0, 2) } });
  await store.append(id, { header: {}, chunk: { stepMetrics: stepMetrics.slice(3), epochMetrics, tasks: tasks.slice(2), lostExecutors } });
  await store.append(id, { header: { status: job.status, updatedAt: job.updatedAt } });
}

/** A small valid job that started at `startedAt`. */
export function sampleJob(id: string, startedAt: number, patch: Partial<JobRecord> = {}): JobRecord {
  return {
    id,
    kind: 'fit',
    notebookId: 'nb1',
    notebookTitle: 'Iris',
    cellId: 'c1',
    status: 'succeeded',
    startedAt,
    endedAt: startedAt + 500,
    updatedAt: startedAt + 500,
    config: { executors: 2, backends: ['wasm'], batchSize: 32 },
    stepMetrics: [{ step: 1, epoch: 0, values: { loss: 1.2, acc: 0.4 } }],
    epochMetrics: [{ step: 1, epoch: 0, values: { loss: 1.2, val_loss: 1.3 } }],
    tasks: [{ stage: 0, taskId: '0.0', executor: '1', attempt: 1, samples: 16, startedAt, endedAt: startedAt + 80, outcome: 'succeeded' }],
    lostExecutors: [],
    ...patch,
  };
}

/** The behaviour every JobStore must have, run against each implementation. */
export function describeJobStoreContract(name: string, create: () => Promise<JobStoreUnderTest>): void {
  describe(`${name} (JobStore contract)`, () => {
    afterEach(() => vi.restoreAllMocks());

    it('gives back what was put', async () => {
      const { store } = await create();
      const job = sampleJob('job-1', 1000);
      await store.put(job);
      expect(await store.get('job-1')).toEqual(job);
    });

    it('keeps a full record: metric series, tasks, lost executors and the evaluation', async () => {
      const { store } = await create();
      for (const job of sampleJobs(Date.UTC(2026, 0, 15))) await store.put(job);
      expect(await store.list()).toEqual(sampleJobs(Date.UTC(2026, 0, 15)));
    });

    it('gives undefined for a job that was never saved, and an empty list', async () => {
      const { store } = await create();
      expect(await store.get('nope')).toBeUndefined();
      expect(await store.list()).toEqual([]);
    });

    it('lists jobs newest first by start, ties in a stable order', async () => {
      const { store } = await create();
      await store.put(sampleJob('old', 100));
      await store.put(sampleJob('new', 300));
      for (const id of ['b', 'c', 'a']) await store.put(sampleJob(id, 200));
      expect((await store.list()).map((j) => j.id)).toEqual(['new', 'c', 'b', 'a', 'old']);
    });

    it('overwrites a job saved again under the same id (the recorder’s heartbeat)', async () => {
      const { store } = await create();
      await store.put(sampleJob('job-1', 1000, { status: 'running', endedAt: undefined, updatedAt: Date.now() }));
      const done = sampleJob('job-1', 1000, { status: 'succeeded' });
      await store.put(done);
      expect(await store.get('job-1')).toEqual(done);
      expect(await store.list()).toHaveLength(1);
    });

    it('deletes a job, and deleting a missing one does nothing', async () => {
      const { store } = await create();
      await store.put(sampleJob('a', 1));
      await store.put(sampleJob('b', 2));
      await store.delete('a');
      await store.delete('never-saved');
      expect(await store.get('a')).toBeUndefined();
      expect((await store.list()).map((j) => j.id)).toEqual(['b']);
    });

    it('is not changed by mutating a job after put or after get', async () => {
      const { store } = await create();
      const job = sampleJob('job-1', 10);
      await store.put(job);
      job.config.executors = 99;
      job.stepMetrics[0].values.loss = -1;
      const got = (await store.get('job-1'))!;
      got.tasks.pop();
      expect(await store.get('job-1')).toEqual(sampleJob('job-1', 10));
    });

    it('shows a job left running by a closed page as failed, in list and get', async () => {
      const { store } = await create();
      const quietSince = Date.now() - ORPHAN_AFTER_MS - 1000;
      await store.put(sampleJob('orphan', quietSince - 5000, { status: 'running', endedAt: undefined, updatedAt: quietSince }));
      await store.put(sampleJob('live', Date.now() - 5000, { status: 'running', endedAt: undefined, updatedAt: Date.now() }));
      const listed = await store.list();
      expect(listed.find((j) => j.id === 'orphan')).toMatchObject({
        status: 'failed',
        endedAt: quietSince,
        error: expect.stringMatching(/closed/),
      });
      expect(listed.find((j) => j.id === 'live')?.status).toBe('running');
      expect((await store.get('orphan'))?.status).toBe('failed');
    });

    it('skips a corrupt record in list with a warning naming its key', async () => {
      const { store, putRaw } = await create();
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      await store.put(sampleJob('good', 10));
      await putRaw({
        ...sampleJob('bad', 20),
        tasks: [{ stage: 0, taskId: '0.0', executor: '1', attempt: 1, samples: 'eight', startedAt: 20 }],
      });
      await putRaw({ id: 'no-dates', kind: 'fit' });
      expect((await store.list()).map((j) => j.id)).toEqual(['good']);
      expect(warn).toHaveBeenCalledTimes(2);
      expect(warn.mock.calls.join('\n')).toContain('"bad"');
      expect(warn.mock.calls.join('\n')).toContain('"no-dates"');
    });

    it('throws on get of a corrupt record, naming its key and the bad field', async () => {
      const { store, putRaw } = await create();
      await putRaw({ ...sampleJob('bad', 20), status: 'exploded' });
      const error = await store.get('bad').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CorruptRecordError);
      expect(error).toMatchObject({ key: 'bad', store: 'jobs', path: 'status' });
      expect((error as Error).message).toMatch(
        /^Stored job "bad" can't be read \(status: .*\)\. .*reload the page.*delete it on its page in Jobs/,
      );
    });

    it('reads a job saved in appended chunks exactly as the whole record', async () => {
      const { store } = await create();
      const jobs = sampleJobs(Date.UTC(2026, 0, 15));
      for (const job of jobs) await appendInParts(store, job);
      expect(await store.list()).toEqual(jobs);
      expect(await store.get(jobs[0].id)).toEqual(jobs[0]);
    });

    it('starts a job from its first report and keeps it readable after every one', async () => {
      const { store } = await create();
      await store.append('j', { header: startHeader(10) });
      expect(await store.get('j')).toMatchObject({ id: 'j', status: 'running', stepMetrics: [], tasks: [] });
      await store.append('j', {
        header: { config: { executors: 3, backends: ['cpu'], epochs: 2 } },
        chunk: { epochMetrics: [{ step: 4, epoch: 0, values: { loss: 0.5 } }] },
      });
      await store.append('j', { header: { status: 'failed', endedAt: 20, error: 'Out of memory' } });
      expect(await store.get('j')).toMatchObject({
        status: 'failed',
        endedAt: 20,
        error: 'Out of memory',
        config: { executors: 3, epochs: 2 },
        epochMetrics: [{ step: 4 }],
      });
    });

    it('clears the metric series on a restart chunk, keeping tasks and lost executors', async () => {
      const { store } = await create();
      const task = { stage: 0, taskId: '0.0', executor: '1', attempt: 1, samples: 8, startedAt: 1, endedAt: 2, outcome: 'lost' as const };
      await store.append('j', {
        header: startHeader(10),
        chunk: { stepMetrics: [{ step: 1, epoch: 0, values: { loss: 2 } }], epochMetrics: [{ step: 1, epoch: 0, values: { loss: 2 } }] },
      });
      await store.append('j', { header: {}, chunk: { tasks: [task], lostExecutors: [{ executor: '1', at: 2, reason: 'killed' }] } });
      await store.append('j', { header: {}, chunk: { restart: true, stepMetrics: [{ step: 1, epoch: 0, values: { loss: 1.5 } }] } });
      const job = (await store.get('j'))!;
      expect(job.stepMetrics).toEqual([{ step: 1, epoch: 0, values: { loss: 1.5 } }]);
      expect(job.epochMetrics).toEqual([]);
      expect(job.tasks).toEqual([task]);
      expect(job.lostExecutors).toHaveLength(1);
    });

    it('replaces a job’s chunks when the whole job is put again', async () => {
      const { store } = await create();
      await store.append('j', { header: startHeader(10), chunk: { stepMetrics: [{ step: 1, epoch: 0, values: { loss: 2 } }] } });
      const whole = sampleJob('j', 10);
      await store.put(whole);
      expect(await store.get('j')).toEqual(whole);
    });

    it(`thins a long step series to ${MAX_RECORDED_STEPS} points when read, evenly by step, keeping the last`, async () => {
      const { store } = await create();
      await store.append('j', { header: startHeader(10) });
      // Dense early, sparse late, as the kernel sends them.
      const early = Array.from({ length: 3000 }, (_, i) => ({ step: i + 1, epoch: 0, values: { loss: 1 } }));
      const late = Array.from({ length: 1000 }, (_, i) => ({ step: 3000 + 27 * (i + 1), epoch: 1, values: { loss: 0.5 } }));
      await store.append('j', { header: {}, chunk: { stepMetrics: early } });
      await store.append('j', { header: {}, chunk: { stepMetrics: late } });
      const steps = (await store.get('j'))!.stepMetrics.map((p) => p.step);
      expect(steps.length).toBeLessThanOrEqual(MAX_RECORDED_STEPS);
      expect(steps.length).toBeGreaterThan(MAX_RECORDED_STEPS * 0.4);
      expect(steps.at(-1)).toBe(30_000);
      // Even along the steps: about as many points in the first tenth of the run as in the last tenth.
      const inFirstTenth = steps.filter((s) => s <= 3000).length;
      const inLastTenth = steps.filter((s) => s > 27_000).length;
      expect(Math.abs(inFirstTenth - inLastTenth)).toBeLessThan(inFirstTenth * 0.5);
    });

    it('throws on get of a job whose chunk is corrupt, naming the job and the chunk; list skips it', async () => {
      const { store, putRawChunk } = await create();
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      await store.append('j', { header: startHeader(10), chunk: { stepMetrics: [{ step: 1, epoch: 0, values: { loss: 2 } }] } });
      await putRawChunk({ jobId: 'j', seq: 1, tasks: [{ stage: 'zero' }] });
      const error = await store.get('j').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CorruptRecordError);
      expect((error as Error).message).toMatch(/^Stored job "j" can't be read \(chunk 1: tasks/);
      expect(await store.list()).toEqual([]);
      expect(warn).toHaveBeenCalledOnce();
      await store.delete('j');
      expect(await store.get('j')).toBeUndefined();
    });

    it('can delete a corrupt record it cannot read', async () => {
      const { store, putRaw } = await create();
      await putRaw({ id: 'bad', kind: 'fit' });
      await store.delete('bad');
      expect(await store.get('bad')).toBeUndefined();
    });
  });
}

import { describe, expect, it, vi } from 'vitest';
import { ORPHAN_AFTER_MS } from '../jobs/jobRecord';
import { sampleJob } from './jobStore.contract';
import { newestJobFirst, readJobRecord, readJobRecords } from './jobStore';
import { CorruptRecordError } from './storedRecords';

describe('readJobRecord', () => {
  it('settles an orphaned running job against the clock it is given', () => {
    const running = sampleJob('j', 0, { status: 'running', endedAt: undefined, updatedAt: 1000 });
    expect(readJobRecord(running, 1000 + ORPHAN_AFTER_MS - 1).status).toBe('running');
    expect(readJobRecord(running, 1000 + ORPHAN_AFTER_MS).status).toBe('failed');
  });

  it('names the key and the first bad field of a record it cannot read', () => {
    expect(() => readJobRecord({ ...sampleJob('j', 0), config: { executors: 'two', backends: [] } }, 0)).toThrow(CorruptRecordError);
    expect(() => readJobRecord({ ...sampleJob('j', 0), config: { executors: 'two', backends: [] } }, 0)).toThrow(/"j".*config\.executors/);
  });

  it('skips a record that is not even an object, warning about it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(readJobRecords([null, sampleJob('ok', 1)], 0).map((j) => j.id)).toEqual(['ok']);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});

describe('newestJobFirst', () => {
  it('orders by start, newest first, then by id', () => {
    const jobs = [sampleJob('a', 1), sampleJob('c', 2), sampleJob('b', 2)];
    expect(jobs.sort(newestJobFirst).map((j) => j.id)).toEqual(['c', 'b', 'a']);
  });
});

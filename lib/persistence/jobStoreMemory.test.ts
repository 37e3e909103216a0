import { describe, expect, it } from 'vitest';
import { describeJobStoreContract, sampleJob } from './jobStore.contract';
import { createMemoryJobStore } from './jobStoreMemory';
import { keyOf } from './storedRecords';

describeJobStoreContract('createMemoryJobStore', async () => {
  const records = new Map<string, unknown>();
  const chunks = new Map<string, unknown[]>();
  return {
    store: createMemoryJobStore(records, chunks),
    async putRaw(record: unknown) {
      records.set(keyOf(record), record);
    },
    async putRawChunk(chunk) {
      chunks.set(chunk.jobId, [...(chunks.get(chunk.jobId) ?? []), chunk]);
    },
  };
});

describe('createMemoryJobStore', () => {
  it('reads the records it is given, as if they were already in the database', async () => {
    const job = sampleJob('job-1', 1);
    expect(await createMemoryJobStore(new Map([[job.id, job]])).get(job.id)).toEqual(job);
  });

  it('lets two stores over the same records see each other’s writes, like two tabs', async () => {
    const records = new Map<string, unknown>();
    await createMemoryJobStore(records).put(sampleJob('job-1', 1));
    expect(await createMemoryJobStore(records).list()).toHaveLength(1);
  });
});

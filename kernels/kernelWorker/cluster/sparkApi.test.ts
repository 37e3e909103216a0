import { describe, expect, it } from 'vitest';
import { CELL_GLOBALS_DTS } from '../../../components/editor/generated/cellGlobals';
import { MAX_EXECUTORS } from '../../../lib/cluster/backendChoice';
import { asCellId } from '../../../lib/notebook/ids';
import { createMemoryModelStore } from '../../../lib/persistence/modelStoreMemory';
import { ExecutorPool } from './executorPool';
import { JobEventBatcher } from './jobEventBatcher';
import { createSpark } from './sparkApi';

/** A spark handle on an empty pool that records what it asks the page for. */
function setup() {
  const asked: string[] = [];
  const spark = createSpark({
    pool: new ExecutorPool(),
    cellId: asCellId('cell-1'),
    log: () => {},
    jobs: new JobEventBatcher(() => {}),
    requestResize: (count) => asked.push(`resize ${count}`),
    requestBackend: (backend) => asked.push(`backend ${backend}`),
    liveChart: () => null,
    display: () => null,
    models: createMemoryModelStore,
    notebook: () => undefined,
  });
  return { spark, asked };
}

describe('spark.resize', () => {
  it(`refuses more executors than the cluster may have (${MAX_EXECUTORS}) at once, asking the page for nothing`, async () => {
    const { spark, asked } = setup();
    const started = Date.now();
    await expect(spark.resize(12)).rejects.toThrow(
      `spark.resize: count must be an integer from 0 to ${MAX_EXECUTORS}, the most executors a cluster may have (got 12).`,
    );
    await expect(spark.resize(MAX_EXECUTORS + 1, { backend: 'wasm' })).rejects.toThrow(/from 0 to 8/);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(asked).toEqual([]);
  });

  it('is documented with the same cap in the editor', () => {
    expect(CELL_GLOBALS_DTS).toContain(`(0 to ${MAX_EXECUTORS},`);
  });

  it('asks the page for a count within the cap', async () => {
    const { spark, asked } = setup();
    expect(await spark.resize(0)).toEqual([]);
    expect(asked).toEqual(['resize 0']);
  });
});

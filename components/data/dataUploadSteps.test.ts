import { describe, expect, it, vi } from 'vitest';
import { MAX_UPLOAD_BYTES } from '../../lib/datasets/datasetRecord';
import { createMemoryDatasetStore } from '../../lib/persistence/datasetStoreMemory';
import { checkAndStore } from './dataUploadSteps';

const file = (name: string, text: string) => new File([text], name);

describe('checkAndStore', () => {
  it('stores a good file whole and reports each phase', async () => {
    const store = createMemoryDatasetStore();
    const phases: string[] = [];
    const { record, replaced } = await checkAndStore(store, file('ok.csv', 'a,b\n1,2\n'), (p) => phases.push(p));
    expect(record).toMatchObject({ name: 'ok.csv', kind: 'csv', size: 8 });
    expect(replaced).toBe(false);
    expect(new TextDecoder().decode(await store.bytes('ok.csv'))).toBe('a,b\n1,2\n');
    expect([...new Set(phases)]).toEqual(['reading', 'checking', 'storing']);
  });

  it('stores nothing of a refused file, and leaves an earlier upload of that name as it was', async () => {
    const store = createMemoryDatasetStore();
    await checkAndStore(store, file('data.csv', 'a,b\n1,2\n'), () => {});
    const put = vi.spyOn(store, 'put');
    await expect(checkAndStore(store, file('data.csv', 'a,b\n1,2\n3\n'), () => {})).rejects.toThrow(
      /data\.csv: row 2 \(line 3 of the file\) has 1 field, but the header has 2/,
    );
    expect(put).not.toHaveBeenCalled();
    expect((await store.list()).map((d) => [d.name, d.size])).toEqual([['data.csv', 8]]);
    expect(new TextDecoder().decode(await store.bytes('data.csv'))).toBe('a,b\n1,2\n');
  });

  it('refuses a file over the limit before reading a byte of it', async () => {
    const store = createMemoryDatasetStore();
    const big = file('big.bin', 'x');
    Object.defineProperty(big, 'size', { value: MAX_UPLOAD_BYTES + 1 });
    const read = vi.spyOn(big, 'arrayBuffer');
    await expect(checkAndStore(store, big, () => {})).rejects.toThrow(/big\.bin is 200\.0 MB; Sparkbook takes uploads up to 200 MB/);
    expect(read).not.toHaveBeenCalled();
    expect(await store.list()).toEqual([]);
  });
});

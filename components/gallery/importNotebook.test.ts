import { describe, expect, it } from 'vitest';
import { NotebookImportError } from '../../lib/notebook/ipynb';
import { createMemoryNotebookStore } from '../../lib/persistence';
import { importAndStore } from './importNotebook';

const ipynb = (cells: unknown[]) =>
  JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'tslab', display_name: 'TypeScript', language: 'typescript' } },
    cells,
  });

describe('importAndStore', () => {
  it('stores the imported notebook, untrusted, and returns its id', async () => {
    const store = createMemoryNotebookStore();
    const file = new File(
      [ipynb([{ id: 'a', cell_type: 'code', source: '1 + 1', metadata: {}, outputs: [], execution_count: null }])],
      'Sums.ipynb',
    );
    const id = await importAndStore(file, store);
    const stored = await store.get(id);
    expect(stored?.title).toBe('Sums');
    expect(stored?.cells.map((c) => c.source)).toEqual(['1 + 1']);
    expect(stored?.trusted).toBe(false);
  });

  it('stores nothing when the file is refused, and says why', async () => {
    const store = createMemoryNotebookStore();
    await expect(importAndStore(new File(['{"nbformat": 4'], 'broken.ipynb'), store)).rejects.toBeInstanceOf(NotebookImportError);
    expect(await store.list()).toEqual([]);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkUpload } from '../../../lib/datasets/checkUpload';
import type { DatasetStore } from '../../../lib/persistence/datasetStore';
import { createMemoryDatasetStore } from '../../../lib/persistence/datasetStoreMemory';
import { createDatasets } from './datasets';

const ORIGIN = 'http://localhost:3000';

async function upload(store: DatasetStore, name: string, content: string | Uint8Array) {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  await store.put(checkUpload(name, bytes), bytes.slice().buffer as ArrayBuffer);
}

/** Shipped files as the app serves them: iris.csv and index.json; anything else is a 404. */
function serveShipped() {
  const fetch = vi.fn(async (url: string | URL) => {
    const path = new URL(url).pathname;
    if (path === '/datasets/iris.csv') return new Response('sepal_length,species\n5.1,setosa\n');
    if (path === '/datasets/index.json') return new Response(JSON.stringify({ files: ['iris.csv', 'mnist.bin'] }));
    return new Response('not found', { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function setup() {
  const store = createMemoryDatasetStore();
  const warnings: string[] = [];
  const datasets = createDatasets(
    ORIGIN,
    (m) => warnings.push(m),
    () => store,
  );
  return { store, datasets, warnings, fetch: serveShipped() };
}

afterEach(() => vi.unstubAllGlobals());

describe('datasets with uploaded files', () => {
  it('loads an uploaded CSV by its file name, typed as a shipped one is, without fetching', async () => {
    const { store, datasets, fetch } = setup();
    await upload(store, 'my-file.csv', 'x,y,label\n1,2.5,a\n3,,b\n');
    expect(await datasets.csv('my-file.csv')).toEqual([
      { x: 1, y: 2.5, label: 'a' },
      { x: 3, y: null, label: 'b' },
    ]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('loads uploaded JSON and bytes', async () => {
    const { store, datasets } = setup();
    await upload(store, 'config.json', '{"lr":0.05,"layers":[8,3]}');
    await upload(store, 'pixels.bin', new Uint8Array([0, 127, 255]));
    expect(await datasets.json('config.json')).toEqual({ lr: 0.05, layers: [8, 3] });
    expect(Array.from(await datasets.bytes('pixels.bin'))).toEqual([0, 127, 255]);
    expect(Array.from(await datasets.bytes('config.json'))).toEqual(Array.from(new TextEncoder().encode('{"lr":0.05,"layers":[8,3]}')));
  });

  it('prefers an upload to a shipped file of the same name; a path still reaches the shipped one', async () => {
    const { store, datasets } = setup();
    await upload(store, 'iris.csv', 'sepal_length,species\n9.9,mine\n');
    expect(await datasets.csv('iris.csv')).toEqual([{ sepal_length: 9.9, species: 'mine' }]);
    expect(await datasets.csv('/datasets/iris.csv')).toEqual([{ sepal_length: 5.1, species: 'setosa' }]);
  });

  it('still loads shipped files when there are no uploads, or the uploads cannot be read', async () => {
    const { datasets } = setup();
    expect(await datasets.csv('iris.csv')).toEqual([{ sepal_length: 5.1, species: 'setosa' }]);
    const broken = createDatasets(
      ORIGIN,
      () => {},
      () => ({ ...createMemoryDatasetStore(), get: () => Promise.reject(new Error('IndexedDB is not available here')) }),
    );
    expect(await broken.csv('iris.csv')).toEqual([{ sepal_length: 5.1, species: 'setosa' }]);
    await expect(broken.csv('mine.csv')).rejects.toThrow(
      /no uploaded or shipped file named "mine.csv".*could not be read: IndexedDB is not available here/,
    );
  });

  it('says a name is neither uploaded nor shipped, listing the uploads and where to upload', async () => {
    const { store, datasets } = setup();
    await upload(store, 'sales.csv', 'a\n1\n');
    await expect(datasets.csv('sale.csv')).rejects.toThrow(
      /There is no uploaded or shipped file named "sale.csv"\. Uploaded: sales\.csv\. Upload it in the Data panel/,
    );
  });

  it('points a CSV loaded as JSON (and the other way round) to the call that reads it', async () => {
    const { store, datasets } = setup();
    await upload(store, 'table.csv', 'a,b\n1,2\n');
    await upload(store, 'points.json', '[1,2]');
    await expect(datasets.json('table.csv')).rejects.toThrow(
      "table.csv was uploaded as CSV, so datasets.json can't read it; load it with await datasets.csv('table.csv').",
    );
    await expect(datasets.csv('points.json')).rejects.toThrow(/load it with await datasets\.json\('points\.json'\)/);
  });

  it('reads an uploaded text file of another extension as CSV, and refuses one that is not UTF-8', async () => {
    const { store, datasets } = setup();
    await upload(store, 'data.txt', 'a,b\n1,2\n');
    await upload(store, 'latin.txt', new Uint8Array([0x61, 0x0a, 0xe9]));
    expect(await datasets.csv('data.txt')).toEqual([{ a: 1, b: 2 }]);
    await expect(datasets.csv('latin.txt')).rejects.toThrow(/latin\.txt is not UTF-8 text.*datasets\.bytes\('latin\.txt'\)/);
  });

  it('lists uploaded names first, then the shipped ones, each once', async () => {
    const { store, datasets } = setup();
    await upload(store, 'mine.csv', 'a\n1\n');
    await upload(store, 'iris.csv', 'a\n1\n');
    expect((await datasets.list()).sort()).toEqual(['iris.csv', 'mine.csv', 'mnist.bin']);
    expect((await datasets.list()).slice(0, 2).sort()).toEqual(['iris.csv', 'mine.csv']);
  });
});

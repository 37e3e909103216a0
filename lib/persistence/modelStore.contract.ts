import { describe, expect, it, vi, afterEach } from 'vitest';
import type { NewModel } from '../models/modelRecord';
import type { ModelArtifactsInput, ModelStore } from './modelStore';
import { CorruptRecordError } from './storedRecords';

/** A fresh, empty store, and a way to write a raw metadata record past the store. */
export interface ModelStoreUnderTest {
  store: ModelStore;
  putRaw(record: unknown): Promise<void>;
}

export function sampleModel(name: string, patch: Partial<NewModel> = {}): NewModel {
  return {
    name,
    notes: '',
    className: 'Sequential',
    params: 8,
    layers: 1,
    inputShapes: [[null, 3]],
    outputShapes: [[null, 2]],
    weightBytes: 32,
    summary: {
      name: 'sequential_1',
      layers: [{ name: 'dense_1', className: 'Dense', outputShape: '[null,2]', params: 8 }],
      totalParams: 8,
      trainableParams: 8,
      nonTrainableParams: 0,
    },
    ...patch,
  };
}

export function sampleArtifacts(values: number[] = [1, 2, 3, 4, 5, 6, 0.5, -0.5]): ModelArtifactsInput {
  return {
    modelTopology: { class_name: 'Sequential', config: { name: 'sequential_1', layers: [] } },
    weightSpecs: [
      { name: 'dense_1/kernel', shape: [3, 2], dtype: 'float32' },
      { name: 'dense_1/bias', shape: [2], dtype: 'float32' },
    ],
    weightData: new Float32Array(values).buffer,
  };
}

/** The behaviour every ModelStore must have, run against each implementation. */
export function describeModelStoreContract(name: string, create: () => Promise<ModelStoreUnderTest>): void {
  describe(`${name} (ModelStore contract)`, () => {
    afterEach(() => vi.restoreAllMocks());

    it('saves a model with its artifacts as version 1 and gives both back', async () => {
      const { store } = await create();
      const saved = await store.save(sampleModel('iris', { notes: 'first try' }), sampleArtifacts());
      expect(saved).toMatchObject({ name: 'iris', version: 1, notes: 'first try' });
      expect(await store.get(saved.id)).toEqual(saved);
      const artifacts = await store.artifacts(saved.id);
      expect(Array.from(new Float32Array(artifacts.weightData))).toEqual([1, 2, 3, 4, 5, 6, 0.5, -0.5]);
      expect(artifacts.weightSpecs.map((s) => s.name)).toEqual(['dense_1/kernel', 'dense_1/bias']);
    });

    it('saves a name again as the next version; a name means the latest, name@n a given one', async () => {
      const { store } = await create();
      const v1 = await store.save(sampleModel('iris'), sampleArtifacts());
      const other = await store.save(sampleModel('mnist'), sampleArtifacts());
      const v2 = await store.save(sampleModel('iris'), sampleArtifacts([0, 0, 0, 0, 0, 0, 0, 1]));
      expect(v2.version).toBe(2);
      expect(other.version).toBe(1);
      expect((await store.resolve('iris'))?.id).toBe(v2.id);
      expect((await store.resolve('iris@1'))?.id).toBe(v1.id);
      expect((await store.resolve(v1.id))?.id).toBe(v1.id);
      expect(await store.resolve('iris@3')).toBeUndefined();
      expect(await store.resolve('nothing')).toBeUndefined();
      expect((await store.list()).map((m) => `${m.name}@${m.version}`).sort()).toEqual(['iris@1', 'iris@2', 'mnist@1']);
    });

    it('deletes one version with its artifacts and keeps the others', async () => {
      const { store } = await create();
      const v1 = await store.save(sampleModel('iris'), sampleArtifacts());
      const v2 = await store.save(sampleModel('iris'), sampleArtifacts());
      await store.delete(v1.id);
      await store.delete('not-a-model');
      expect((await store.list()).map((m) => m.id)).toEqual([v2.id]);
      await expect(store.artifacts(v1.id)).rejects.toThrow(/weights of model .* are missing/);
      expect((await store.resolve('iris'))?.version).toBe(2);
    });

    it('skips an unreadable record in the list and names it when asked for it', async () => {
      const { store, putRaw } = await create();
      await store.save(sampleModel('iris'), sampleArtifacts());
      await putRaw({ id: 'broken', name: 'x', version: 'one' });
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      expect((await store.list()).map((m) => m.name)).toEqual(['iris']);
      await expect(store.get('broken')).rejects.toBeInstanceOf(CorruptRecordError);
      await expect(store.get('broken')).rejects.toThrow(/Stored model "broken" can't be read.*Models page/);
    });
  });
}

import { describe, expect, it, vi } from 'vitest';
import { asCellId } from '../notebook/ids';
import type { Notebook } from '../notebook/types';
import { applyDraft, createDraftMirror, draftOf, type DraftStorage } from './draftMirror';
import { sampleNotebook } from './notebookStore.contract';
import { memoryDraftStorage as memoryStorage } from '../../testing/memoryDraftStorage';

const edited = (nb: Notebook, source: string, updatedAt: number): Notebook => ({
  ...nb,
  cells: nb.cells.map((cell, i) => (i === 0 ? { ...cell, source } : cell)),
  updatedAt,
});

describe('draftMirror', () => {
  it('restores text typed after the last save when the draft is newer than the stored copy', () => {
    const mirror = createDraftMirror(memoryStorage());
    const stored = sampleNotebook('nb1', 100);
    mirror.write(edited(stored, 'const x = tf.ones([3])', 200));

    const recovered = mirror.recover(stored);

    expect(recovered?.cells[0].source).toBe('const x = tf.ones([3])');
    expect(recovered?.updatedAt).toBe(200);
    // Outputs are not mirrored: the stored copy's are kept.
    expect(recovered?.cells[0].outputs).toEqual(stored.cells[0].outputs);
  });

  it('drops a draft that is not newer than the stored copy', () => {
    const storage = memoryStorage();
    const mirror = createDraftMirror(storage);
    const stored = sampleNotebook('nb1', 300);
    mirror.write(edited(stored, 'old text', 200));

    expect(mirror.recover(stored)).toBeUndefined();
    expect(storage.items.size).toBe(0);
  });

  it('keeps drafts apart by notebook id', () => {
    const mirror = createDraftMirror(memoryStorage());
    mirror.write(edited(sampleNotebook('a', 1), 'in a', 5));
    expect(mirror.read(sampleNotebook('b', 1).id)).toBeUndefined();
    expect(mirror.read(sampleNotebook('a', 1).id)?.cells[0].source).toBe('in a');
  });

  it('mirrors only the text, so a notebook full of images stays small', () => {
    const storage = memoryStorage();
    const nb = sampleNotebook('nb1', 1);
    nb.cells[0].outputs = [{ output_type: 'display_data', data: { 'image/png': 'A'.repeat(1_000_000) }, metadata: {} }];
    createDraftMirror(storage).write(nb);
    expect([...storage.items.values()][0].length).toBeLessThan(500);
  });

  it('ignores an unreadable draft and says which field is wrong', () => {
    const storage = memoryStorage();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stored = sampleNotebook('nb1', 1);
    storage.setItem('sparkbook:draft:nb1', JSON.stringify({ ...draftOf(stored), updatedAt: 'later' }));

    expect(createDraftMirror(storage).recover(stored)).toBeUndefined();
    expect(warn.mock.calls[0][0]).toMatch(/nb1.*updatedAt/);
    expect(storage.items.size).toBe(0);
    warn.mockRestore();
  });

  it('reports a storage that refuses the write (quota) instead of throwing during unload', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const full: DraftStorage = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(createDraftMirror(full).write(sampleNotebook('nb1', 1))).toBe(false);
    warn.mockRestore();
  });

  it('applies added, removed and reordered cells, keeping what the stored cells had', () => {
    const stored = sampleNotebook('nb1', 1, {
      cells: [
        { ...sampleNotebook('x', 1).cells[0], id: asCellId('c1') },
        { id: asCellId('c2'), cell_type: 'markdown', source: '# gone', outputs: [], execution_count: null, metadata: {} },
      ],
    });
    const draft = {
      id: 'nb1',
      title: 'Renamed',
      updatedAt: 9,
      cells: [
        { id: asCellId('c3'), cell_type: 'code' as const, source: 'new cell' },
        { id: asCellId('c1'), cell_type: 'code' as const, source: 'edited' },
      ],
    };

    const nb = applyDraft(stored, draft);

    expect(nb.title).toBe('Renamed');
    expect(nb.cells.map((c) => [c.id, c.source])).toEqual([
      ['c3', 'new cell'],
      ['c1', 'edited'],
    ]);
    expect(nb.cells[0]).toMatchObject({ outputs: [], execution_count: null, metadata: {} });
    expect(nb.cells[1]).toMatchObject({ execution_count: 1, metadata: { tags: ['train'] } });
  });
});

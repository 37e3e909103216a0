/**
 * A synchronous safety copy of a notebook's text in localStorage. An IndexedDB transaction
 * started in `pagehide` may never complete, so autosave also writes the unsaved notebook here
 * (localStorage writes finish before the call returns), clears it once the IndexedDB save lands,
 * and the page recovers it on open when it is newer than the stored copy.
 *
 * Only what the user typed is mirrored (title, cell order, types and sources): outputs can be
 * megabytes of images, would blow the storage quota and slow the unload, and can be re-run.
 */
import { z } from 'zod';
import { asCellId, type NotebookId } from '../notebook/ids';
import type { Cell, Notebook } from '../notebook/types';
import { describeZodError } from '../notebook/zodIssues';

/** The part of the Web Storage API the mirror uses (localStorage in the browser, a Map in tests). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const draftCellSchema = z.object({
  id: z.string().min(1).transform(asCellId),
  cell_type: z.enum(['code', 'markdown', 'raw']),
  source: z.string(),
});

const draftSchema = z.object({
  /** The notebook's id, checked against the key so a draft never lands in another notebook. */
  id: z.string(),
  title: z.string(),
  /** The notebook's updatedAt when mirrored; a draft older than the stored copy is stale. */
  updatedAt: z.number(),
  cells: z.array(draftCellSchema),
});

/** An unsaved notebook's text, as mirrored. */
export type NotebookDraft = z.infer<typeof draftSchema>;

/** Writes, reads and clears the drafts of notebooks, one record per notebook id. */
export interface DraftMirror {
  /** Mirrors the notebook's text synchronously; false if storage refused (quota, privacy mode). */
  write(nb: Notebook): boolean;
  /** The draft of this notebook, or undefined if there is none or it can't be read. */
  read(id: NotebookId): NotebookDraft | undefined;
  clear(id: NotebookId): void;
  /**
   * The stored notebook with its newer draft applied, or undefined when there is no newer draft
   * (a stale or unreadable draft is cleared).
   */
  recover(stored: Notebook): Notebook | undefined;
}

const keyFor = (id: string) => `sparkbook:draft:${id}`;

/** The notebook's text, as a draft. */
export function draftOf(nb: Notebook): NotebookDraft {
  return {
    id: nb.id,
    title: nb.title,
    updatedAt: nb.updatedAt,
    cells: nb.cells.map(({ id, cell_type, source }) => ({ id, cell_type, source })),
  };
}

/**
 * The stored notebook with the draft's text: cells the stored copy already has keep their
 * outputs, metadata and attachments (their source is replaced); cells added since start empty.
 */
export function applyDraft(stored: Notebook, draft: NotebookDraft): Notebook {
  const storedCells = new Map(stored.cells.map((cell) => [cell.id, cell]));
  const cells = draft.cells.map((d): Cell => {
    const known = storedCells.get(d.id);
    if (known && known.cell_type === d.cell_type) return { ...known, source: d.source };
    return { id: d.id, cell_type: d.cell_type, source: d.source, outputs: [], execution_count: null, metadata: known?.metadata ?? {} };
  });
  return { ...stored, title: draft.title, cells, updatedAt: draft.updatedAt };
}

export function createDraftMirror(storage: DraftStorage): DraftMirror {
  const mirror: DraftMirror = {
    write(nb) {
      try {
        storage.setItem(keyFor(nb.id), JSON.stringify(draftOf(nb)));
        return true;
      } catch (error) {
        console.warn(`Could not keep a draft of notebook "${nb.id}" in localStorage`, error);
        return false;
      }
    },
    read(id) {
      let text: string | null;
      try {
        text = storage.getItem(keyFor(id));
      } catch {
        return undefined;
      }
      if (text === null) return undefined;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      const result = draftSchema.safeParse(json);
      if (result.success && result.data.id === id) return result.data;
      const detail = result.success ? `it belongs to notebook "${result.data.id}"` : describeZodError(result.error);
      console.warn(`Ignoring the unsaved draft of notebook "${id}" (${detail}).`);
      return undefined;
    },
    clear(id) {
      try {
        storage.removeItem(keyFor(id));
      } catch {
        // Storage unavailable: there is no draft to clear either.
      }
    },
    recover(stored) {
      const draft = mirror.read(stored.id);
      if (draft && draft.updatedAt > stored.updatedAt) return applyDraft(stored, draft);
      mirror.clear(stored.id);
      return undefined;
    },
  };
  return mirror;
}

/** The mirror over the browser's localStorage, or undefined where there is none (server, blocked storage). */
export function browserDraftMirror(): DraftMirror | undefined {
  try {
    if (typeof localStorage === 'undefined') return undefined;
    return createDraftMirror(localStorage);
  } catch {
    // Some privacy settings throw on merely reading `localStorage`.
    return undefined;
  }
}

/**
 * A big notebook cut into parts that each copy between threads quickly, and put back together.
 * A worker reads a notebook from IndexedDB and posts it to the page; a message is copied into the
 * page in one go, so one message holding 40 MB of saved logs, or a table of 100,000 rows, would
 * block the page for as long as that copy takes. Cut up, every part arrives in a task of its own.
 *
 * The skeleton is the notebook with each long string replaced by '' and each long array by [],
 * and every part names where its piece goes (a path of keys), so no marker inside the data can
 * be mistaken for a part. Pure, so it is tested without workers.
 */

/** Keys from the notebook's root to a value. */
export type PartPath = readonly (string | number)[];

/** A piece of a long string, or a slice of a long array, and where it goes. */
export type NotebookPart = { path: PartPath; text: string } | { path: PartPath; items: unknown[] };

/** Strings and arrays up to these sizes stay in the skeleton. */
export const INLINE_CHARS = 32 * 1024;
export const INLINE_ITEMS = 1_000;
/** The most characters, or array items, in one part. */
export const PART_CHARS = 512 * 1024;
export const PART_ITEMS = 2_000;

/** Splits `value` into a skeleton and parts; `value` itself is not changed. */
export function splitIntoParts<T>(value: T): { skeleton: T; parts: NotebookPart[] } {
  const parts: NotebookPart[] = [];
  const walk = (node: unknown, path: (string | number)[]): unknown => {
    if (typeof node === 'string') {
      if (node.length <= INLINE_CHARS) return node;
      for (let at = 0; at < node.length; at += PART_CHARS) parts.push({ path: [...path], text: node.slice(at, at + PART_CHARS) });
      return '';
    }
    if (Array.isArray(node)) {
      if (node.length > INLINE_ITEMS) {
        // The items of a long array travel as they are: a long array is rows of small values (a table), not of notebooks.
        for (let at = 0; at < node.length; at += PART_ITEMS) parts.push({ path: [...path], items: node.slice(at, at + PART_ITEMS) });
        return [];
      }
      return node.map((item, i) => walk(item, [...path, i]));
    }
    if (node !== null && typeof node === 'object') {
      const copy = {};
      // Defined, not assigned: a key such as `__proto__` in a file's metadata stays an ordinary key.
      for (const [key, child] of Object.entries(node)) {
        Object.defineProperty(copy, key, { value: walk(child, [...path, key]), enumerable: true, writable: true, configurable: true });
      }
      return copy;
    }
    return node;
  };
  return { skeleton: walk(value, []) as T, parts };
}

/** Puts parts back into a skeleton, in the order they were made; returns the whole value. */
export class PartAssembler<T> {
  private readonly texts = new Map<string, { path: PartPath; pieces: string[] }>();
  private readonly arrays = new Map<string, { path: PartPath; items: unknown[] }>();

  constructor(private readonly skeleton: T) {}

  add(part: NotebookPart): void {
    const key = JSON.stringify(part.path);
    if ('text' in part) {
      const entry = this.texts.get(key) ?? { path: part.path, pieces: [] };
      entry.pieces.push(part.text);
      this.texts.set(key, entry);
    } else {
      const entry = this.arrays.get(key) ?? { path: part.path, items: [] };
      for (const item of part.items) entry.items.push(item);
      this.arrays.set(key, entry);
    }
  }

  /** The whole value, once every part has been added. */
  finish(): T {
    for (const { path, pieces } of this.texts.values()) setAt(this.skeleton, path, pieces.join(''));
    for (const { path, items } of this.arrays.values()) setAt(this.skeleton, path, items);
    return this.skeleton;
  }
}

function setAt(root: unknown, path: PartPath, value: unknown): void {
  if (path.length === 0) throw new Error('A notebook part must name a place inside the notebook.');
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (next === null || typeof next !== 'object')
      throw new Error(`A notebook part names a place that isn't there (${JSON.stringify(path)}).`);
    node = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (!Object.hasOwn(node, last)) throw new Error(`A notebook part names a place that isn't there (${JSON.stringify(path)}).`);
  node[last] = value;
}

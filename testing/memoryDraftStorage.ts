/** A DraftStorage in a Map (localStorage's shape without a browser), for tests; `items` is inspectable. */
import type { DraftStorage } from '../lib/persistence/draftMirror';

export function memoryDraftStorage(): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

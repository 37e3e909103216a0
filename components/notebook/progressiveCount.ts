/**
 * How many items of a long list to render next, when a list is rendered a chunk per task: the
 * next chunk is sized from how long the last one took, so each task stays well inside a frame's
 * budget on a fast machine and a slow one alike. Pure, so the sizing is tested without a DOM.
 */

/** Items rendered in the first pass: a screenful and then some, so the page looks whole at once. */
export const FIRST_CHUNK = 40;
/** The smallest and largest chunk: progress even when items are slow, bounded work when they are quick. */
export const MIN_CHUNK = 10;
export const MAX_CHUNK = 500;
/** The time one chunk's render and commit should take. */
export const CHUNK_BUDGET_MS = 40;

/**
 * The size of the next chunk, given the last one's size and how long it took: scaled towards the
 * budget, but never more than doubled at once (one quick chunk may have been luck).
 */
export function nextChunkSize(lastSize: number, lastMs: number, budgetMs = CHUNK_BUDGET_MS): number {
  const scaled = lastMs > 0 ? Math.floor((lastSize * budgetMs) / lastMs) : lastSize * 2;
  return Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, lastSize * 2, scaled));
}

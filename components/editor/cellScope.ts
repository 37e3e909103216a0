/**
 * The code of cells that have no editor, for the TypeScript service. Cells are checked as
 * scripts sharing one global scope (typescriptSetup.ts), and Monaco mounts only in the cells the
 * reader edits, so a name declared in a cell nobody has opened would otherwise read as unknown in
 * the cell being edited. Until Monaco has loaded the sources are only kept here; then each is
 * handed to the service as an extra library (no editor, no model), and kept up to date in
 * batches, off the keystroke's task.
 */

/** Monaco's `typescriptDefaults.addExtraLib`, narrowed to what is used here. */
export type AddLibrary = (content: string, path: string) => { dispose(): void };

/** How long to gather changes before handing them to the service. */
export const SCOPE_FLUSH_MS = 300;

const sources = new Map<string, string>();
const pending = new Set<string>();
const added = new Map<string, { content: string; library: { dispose(): void } }>();
let addLibrary: AddLibrary | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

const pathOf = (key: string) => `file:///cells/unopened-${key.replace(/[^\w-]/g, '')}.ts`;

function flush() {
  timer = null;
  if (!addLibrary) return;
  for (const key of pending) {
    const source = sources.get(key);
    const current = added.get(key);
    if (current && current.content === source) continue;
    current?.library.dispose();
    added.delete(key);
    if (source !== undefined) added.set(key, { content: source, library: addLibrary(source, pathOf(key)) });
  }
  pending.clear();
}

function schedule(key: string) {
  pending.add(key);
  if (addLibrary && timer === null) timer = setTimeout(flush, SCOPE_FLUSH_MS);
}

/** The code of the cell `key` while it has no editor; null once it has one, or is gone. */
export function setUnopenedCellSource(key: string, source: string | null): void {
  if (source === null) {
    if (!sources.has(key)) return;
    sources.delete(key);
  } else {
    if (sources.get(key) === source) return;
    sources.set(key, source);
  }
  schedule(key);
}

/** Monaco has loaded: hands it every unopened cell's code, then every change. Later calls do nothing. */
export function connectCellScope(add: AddLibrary): void {
  if (addLibrary) return;
  addLibrary = add;
  for (const key of sources.keys()) pending.add(key);
  if (pending.size > 0 && timer === null) timer = setTimeout(flush, 0);
}

/** For tests: forget everything. */
export function resetCellScope(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  sources.clear();
  pending.clear();
  added.clear();
  addLibrary = null;
}

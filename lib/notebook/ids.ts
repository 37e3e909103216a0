/** Branded ids: a CellId can't be passed where a NotebookId is expected. */
export type CellId = string & { readonly __brand: 'CellId' };
/** Identifies a notebook in the store and in its URL (/notebooks/[id]). */
export type NotebookId = string & { readonly __brand: 'NotebookId' };

function randomId(): string {
  // crypto.randomUUID exists in browsers, workers and Node 20.
  return crypto.randomUUID().replace(/-/g, '').slice(0, 12);
}

export function newCellId(): CellId {
  return `c${randomId()}` as CellId;
}

export function newNotebookId(): NotebookId {
  return `nb${randomId()}` as NotebookId;
}

export const asCellId = (s: string) => s as CellId;
export const asNotebookId = (s: string) => s as NotebookId;

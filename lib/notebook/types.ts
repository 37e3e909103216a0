import type { CellId, NotebookId } from './ids';

/**
 * A MIME bundle as in nbformat: 'text/plain' is always present so Jupyter shows something;
 * rich views use our own JSON types (see lib/outputs/mime.ts).
 */
export type MimeBundle = { 'text/plain'?: string } & Record<string, unknown>;

/** One output of a code cell, in nbformat 4 shape so it saves to .ipynb unchanged. */
export type Output =
  | { output_type: 'stream'; name: 'stdout' | 'stderr'; text: string }
  | {
      output_type: 'display_data';
      data: MimeBundle;
      metadata: Record<string, unknown>;
      /** Not saved to .ipynb: lets a later update replace this output in place (live charts). */
      transient?: { display_id?: string };
    }
  | { output_type: 'execute_result'; execution_count: number | null; data: MimeBundle; metadata: Record<string, unknown> }
  | { output_type: 'error'; ename: string; evalue: string; traceback: string[] };

export type CellType = 'code' | 'markdown' | 'raw';

/** A notebook cell. Markdown and raw cells keep `outputs` empty. */
export interface Cell {
  id: CellId;
  cell_type: CellType;
  source: string;
  outputs: Output[];
  /** The `[n]` beside a code cell; null until it has run. */
  execution_count: number | null;
  /** nbformat cell metadata, kept as imported. */
  metadata: Record<string, unknown>;
  /** Markdown/raw cells only: images pasted in Jupyter (`![](attachment:name.png)`), kept for export. */
  attachments?: Record<string, MimeBundle>;
}

/** A notebook as the app holds it; lib/notebook/ipynb.ts converts to and from nbformat 4.5. */
export interface Notebook {
  id: NotebookId;
  title: string;
  cells: Cell[];
  /**
   * The language of code cells. Only 'typescript' and 'javascript' can run here; a notebook in
   * any other language (e.g. a Python one imported from Jupyter) opens read-only with a banner.
   */
  language: string;
  /** nbformat notebook metadata, kept as imported (kernelspec etc. are rewritten on export). */
  metadata: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
  /** Where it came from: an example from public/notebooks, a share link, an import, or new. */
  origin?: 'new' | 'import' | 'example' | 'shared';
  /**
   * Whether its code may run without asking (lib/notebook/trust.ts; read it with isTrusted).
   * Kept in the stored record only: never exported, so no file or link can arrive trusted.
   */
  trusted?: boolean;
  /**
   * What the importer had to tell the reader about the file (a newer nbformat minor version and
   * what it changed to open it), shown over the notebook until dismissed. Stored only, never exported.
   */
  importNotes?: string[];
}

export const RUNNABLE_LANGUAGES = ['typescript', 'javascript'] as const;

export function isRunnable(nb: Pick<Notebook, 'language'>): boolean {
  return (RUNNABLE_LANGUAGES as readonly string[]).includes(nb.language.toLowerCase());
}

import type { CellType, Notebook } from './types';
import { isRunnable } from './types';

/**
 * Notebook and cell metadata on export. Metadata is kept as imported, but nbformat 4.5 constrains
 * a few well-known keys; a value it forbids would make Jupyter refuse the whole file, so such a
 * value is dropped rather than written.
 */

type Json = Record<string, unknown>;

/** The kernel Jupyter shows for notebooks written here; Jupyter can't run them, but names the language. */
const RUNNABLE_KERNELS: Record<string, { kernelspec: Json; language_info: Json }> = {
  typescript: {
    kernelspec: { name: 'sparkbook-typescript', display_name: 'TypeScript (Sparkbook)', language: 'typescript' },
    language_info: {
      name: 'typescript',
      version: '5',
      mimetype: 'text/typescript',
      file_extension: '.ts',
      codemirror_mode: 'typescript',
    },
  },
  javascript: {
    kernelspec: { name: 'sparkbook-javascript', display_name: 'JavaScript (Sparkbook)', language: 'javascript' },
    language_info: {
      name: 'javascript',
      version: 'ES2022',
      mimetype: 'text/javascript',
      file_extension: '.js',
      codemirror_mode: 'javascript',
    },
  },
};

/** A JSON object (JSON Schema's "object" excludes arrays and null). */
export function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** The notebook's language as Jupyter records it; lowercased, 'typescript' when unrecorded. */
export function languageOf(metadata: Json): string {
  const kernelspec = isPlainObject(metadata.kernelspec) ? metadata.kernelspec : {};
  const languageInfo = isPlainObject(metadata.language_info) ? metadata.language_info : {};
  const language = [kernelspec.language, languageInfo.name].find(isString);
  return (language ?? 'typescript').toLowerCase();
}

/** The title Jupyter-side tools may have set: ours first, then nbformat's own `title`. */
export function titleOf(metadata: Json): string | undefined {
  const sparkbook = isPlainObject(metadata.sparkbook) ? metadata.sparkbook : {};
  return [sparkbook.title, metadata.title].find((t): t is string => isString(t) && t.trim() !== '');
}

function validKernelspec(value: unknown): Json | undefined {
  return isPlainObject(value) && isString(value.name) && isString(value.display_name) ? value : undefined;
}

function validLanguageInfo(value: unknown): Json | undefined {
  if (!isPlainObject(value) || !isString(value.name)) return undefined;
  const info = { ...value };
  for (const key of ['file_extension', 'mimetype', 'pygments_lexer']) {
    if (key in info && !isString(info[key])) delete info[key];
  }
  if ('codemirror_mode' in info && !isString(info.codemirror_mode) && !isPlainObject(info.codemirror_mode)) {
    delete info.codemirror_mode;
  }
  return info;
}

/** Notebook metadata as written: our kernel for runnable notebooks, the notebook's own otherwise. */
export function exportNotebookMetadata(nb: Notebook): Json {
  const out: Json = { ...nb.metadata };
  // "This should never be written to a file" (nbformat schema).
  delete out.orig_nbformat;
  if (!isString(out.title)) delete out.title;
  if ('authors' in out && !Array.isArray(out.authors)) delete out.authors;

  const language = nb.language.toLowerCase();
  const ours = isRunnable(nb) ? RUNNABLE_KERNELS[language] : undefined;
  if (ours) {
    out.kernelspec = ours.kernelspec;
    out.language_info = ours.language_info;
  } else {
    const kernelspec = validKernelspec(out.kernelspec);
    const languageInfo = validLanguageInfo(out.language_info);
    if (kernelspec) out.kernelspec = kernelspec;
    else delete out.kernelspec;
    if (languageInfo) out.language_info = languageInfo;
    else delete out.language_info;
    // Keep the language recoverable on re-import even if the kernel metadata was lost.
    if (languageOf(out) !== language) out.language_info = { ...languageInfo, name: nb.language };
  }

  const sparkbook = isPlainObject(out.sparkbook) ? out.sparkbook : {};
  out.sparkbook = { ...sparkbook, title: nb.title };
  return out;
}

/** Cell metadata as written, without values the nbformat 4.5 schema forbids for its known keys. */
export function exportCellMetadata(cellType: CellType, metadata: Json): Json {
  const out: Json = { ...metadata };
  // nbformat: a non-empty single-line string.
  if ('name' in out && !(isString(out.name) && /^.+$/.test(out.name))) delete out.name;
  if ('tags' in out) {
    // nbformat: unique strings without commas.
    if (Array.isArray(out.tags)) out.tags = [...new Set(out.tags.filter((t) => isString(t) && !t.includes(',')))];
    else delete out.tags;
  }
  if ('jupyter' in out && !isPlainObject(out.jupyter)) delete out.jupyter;
  if (cellType === 'code') {
    if ('collapsed' in out && typeof out.collapsed !== 'boolean') delete out.collapsed;
    if ('scrolled' in out && ![true, false, 'auto'].includes(out.scrolled as never)) delete out.scrolled;
    if ('execution' in out) {
      // nbformat: timestamps only, every value a string.
      if (isPlainObject(out.execution)) {
        out.execution = Object.fromEntries(Object.entries(out.execution).filter(([, v]) => isString(v)));
      } else delete out.execution;
    }
  }
  if (cellType === 'raw' && 'format' in out && !isString(out.format)) delete out.format;
  return out;
}

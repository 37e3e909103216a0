/**
 * How users name models: `my_model` (the latest version), `my_model@2` (version 2), or an id.
 * Names may contain '/' (a sweep stores `<sweep>/<key>`) but not '@', which starts the version.
 */

export const MAX_MODEL_NAME_LENGTH = 120;

/** A parsed reference: a name with an optional version. */
export interface ModelRef {
  name: string;
  version?: number;
}

/** Splits `name@3` into name and version; a bare name has no version. */
export function parseModelRef(ref: string): ModelRef {
  const at = ref.lastIndexOf('@');
  if (at > 0 && /^\d+$/.test(ref.slice(at + 1))) return { name: ref.slice(0, at), version: Number(ref.slice(at + 1)) };
  return { name: ref };
}

/** Throws a message saying what a valid name is when `name` is not one. */
export function checkModelName(name: unknown, where: string): string {
  if (typeof name !== 'string' || name.trim() === '') throw new Error(`${where}: give the model a name, e.g. 'iris-classifier'.`);
  if (name.includes('@')) throw new Error(`${where}: a model name cannot contain '@' ('${name}'): '@2' selects version 2 when loading.`);
  if (name.length > MAX_MODEL_NAME_LENGTH)
    throw new Error(`${where}: the name is ${name.length} characters long; use at most ${MAX_MODEL_NAME_LENGTH}.`);
  return name.trim();
}

/** `my_model.h5` → `my_model`; `model.json` keeps its folder-less base name; '@' becomes '_'. */
export function modelNameFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.(h5|hdf5|keras|json)$/i, '') || 'model';
  return stem.replace(/@/g, '_').slice(0, MAX_MODEL_NAME_LENGTH);
}

/** `name@version`, the reference that always means this one model. */
export function formatModelRef(model: { name: string; version: number }): string {
  return `${model.name}@${model.version}`;
}

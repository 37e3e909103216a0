/**
 * The notebook's backend choice, kept in its metadata (`metadata.sparkbook.backend`) so it is
 * saved, exported in the .ipynb and applied again when the notebook is reopened. The metadata
 * comes from files, so the value is checked: anything but a known choice reads as 'auto'.
 */
import { backendChoiceSchema, type BackendChoice } from '../cluster/backendChoice';
import type { Notebook } from './types';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The backend the notebook asks for ('auto' when it names none, or one this app doesn't know). */
export function backendChoiceOf(nb: Pick<Notebook, 'metadata'>): BackendChoice {
  const sparkbook = isObject(nb.metadata.sparkbook) ? nb.metadata.sparkbook : {};
  const parsed = backendChoiceSchema.safeParse(sparkbook.backend);
  return parsed.success ? parsed.data : 'auto';
}

/** The notebook with `choice` recorded; the same object when it already asks for it. */
export function withBackendChoice(nb: Notebook, choice: BackendChoice, at: number): Notebook {
  const sparkbook = isObject(nb.metadata.sparkbook) ? nb.metadata.sparkbook : {};
  const stored = sparkbook.backend;
  if (stored === choice || (stored === undefined && choice === 'auto')) return nb;
  return { ...nb, metadata: { ...nb.metadata, sparkbook: { ...sparkbook, backend: choice } }, updatedAt: at };
}

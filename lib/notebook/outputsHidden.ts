/**
 * Whether a code cell's outputs are collapsed, kept where nbformat keeps it: `metadata.jupyter.
 * outputs_hidden` (nbformat 4.5) and the older `metadata.collapsed`, which JupyterLab and Jupyter
 * Notebook still read and write. Both are written, so every tool opens the cell collapsed.
 */
import { isPlainObject } from './ipynbMetadata';
import type { Cell } from './types';

type Metadata = Record<string, unknown>;

/** Either key set to true hides the outputs, as in JupyterLab. */
export function outputsHidden(cell: Pick<Cell, 'metadata'>): boolean {
  const jupyter = cell.metadata.jupyter;
  return cell.metadata.collapsed === true || (isPlainObject(jupyter) && jupyter.outputs_hidden === true);
}

/** The metadata with the outputs hidden or shown; shown removes both keys rather than writing false. */
export function withOutputsHidden(metadata: Metadata, hidden: boolean): Metadata {
  const { collapsed: _collapsed, jupyter, ...rest } = metadata;
  const { outputs_hidden: _hidden, ...otherJupyter } = isPlainObject(jupyter) ? jupyter : {};
  const nextJupyter = hidden ? { ...otherJupyter, outputs_hidden: true } : otherJupyter;
  return {
    ...rest,
    ...(hidden ? { collapsed: true } : {}),
    ...(Object.keys(nextJupyter).length > 0 ? { jupyter: nextJupyter } : {}),
  };
}

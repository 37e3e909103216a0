/**
 * Whether a code cell's long outputs scroll inside a box of fixed height, kept where nbformat
 * keeps it: `metadata.scrolled` (true, false or "auto"). Sparkbook boxes long outputs unless the
 * cell says `false`, so only an explicit false shows them at full height.
 */
import type { Cell } from './types';

type Metadata = Record<string, unknown>;

/** True unless the cell's metadata turns scrolling off. */
export function outputsScrolled(cell: Pick<Cell, 'metadata'>): boolean {
  return cell.metadata.scrolled !== false;
}

/**
 * The metadata with scrolling on or off. Both are written as booleans, as JupyterLab's "toggle
 * output scrolling" writes them, so the choice opens the same way in JupyterLab.
 */
export function withOutputsScrolled(metadata: Metadata, scrolled: boolean): Metadata {
  return { ...metadata, scrolled };
}

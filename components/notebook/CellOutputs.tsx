'use client';
import { useMemo } from 'react';
import type { Cell } from '../../lib/notebook/types';
import { outputsHidden } from '../../lib/notebook/outputsHidden';
import { outputsScrolled } from '../../lib/notebook/outputsScrolled';
import type { CellRunState } from '../../lib/state/notebookSession';
import { OutputBoundary } from '../outputs/OutputBoundary';
import { OutputView } from '../outputs/OutputView';
import { estimatedOutputsHeight, OUTPUT_MAX_HEIGHT_PX } from './outputsHeight';
import styles from './Notebook.module.css';
import own from './CellOutputs.module.css';
import { useCellAnnouncement } from './useCellAnnouncement';
import { OutputScrollBox } from './OutputScrollBox';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The output area of a code cell (always present, so tests and screen readers can find it), and
 * beside it a status that announces the cell's completion or error.
 * Off screen, the browser skips laying it out (content-visibility: auto) and reserves about its
 * height instead, so a notebook full of long saved outputs opens without laying them all out.
 * An output taller than OUTPUT_MAX_HEIGHT_PX scrolls in its own box (long texts and tables are
 * also paged, components/outputs/paging.ts), unless Shift+O turned the box off; the bar at its
 * left, or O, hides and shows the outputs.
 */
export function CellOutputs({
  cell,
  label,
  n,
  runState,
  onToggleHidden,
}: {
  cell: Cell;
  label: string;
  n: number;
  runState: CellRunState | undefined;
  onToggleHidden?(): void;
}) {
  // nbformat's `scrolled: false` (Shift+O): the user asked for the whole output, unboxed.
  const maxHeight = outputsScrolled(cell) ? OUTPUT_MAX_HEIGHT_PX : undefined;
  const running = runState !== undefined;
  const hidden = outputsHidden(cell) && cell.outputs.length > 0;
  const reserved = useMemo(() => (hidden ? 0 : estimatedOutputsHeight(cell.outputs, maxHeight)), [cell.outputs, maxHeight, hidden]);
  const announcement = useCellAnnouncement(runState, n, cell.outputs);
  return (
    <div className={own.outputRow}>
      {cell.outputs.length > 0 && onToggleHidden && (
        <button
          type="button"
          className={own.collapser}
          aria-label={hidden ? 'Show output' : 'Hide output'}
          aria-expanded={!hidden}
          title={hidden ? 'Show output (O)' : 'Hide output (O)'}
          onClick={onToggleHidden}
        />
      )}
      {/* Not aria-live: a live chart redrawn twice a second kept interrupting a screen reader.
          The status after it says when the cell finishes or fails, once per run. */}
      <div
        aria-label={label}
        role="region"
        className={styles.outputs}
        data-empty={cell.outputs.length === 0}
        data-hidden={hidden || undefined}
        style={cell.outputs.length && !hidden ? { containIntrinsicSize: `auto ${reserved}px` } : undefined}
      >
        {hidden ? (
          <button type="button" className={own.hidden} onClick={onToggleHidden} disabled={!onToggleHidden}>
            Output hidden ({plural(cell.outputs.length, 'output')}) · show
          </button>
        ) : (
          cell.outputs.map((output, i) => (
            <OutputScrollBox key={i} maxHeight={maxHeight} content={output} follow={running && output.output_type === 'stream'}>
              <OutputBoundary output={output}>
                <OutputView output={output} />
              </OutputBoundary>
            </OutputScrollBox>
          ))
        )}
      </div>
      <div role="status" aria-label={`Run status of cell ${n}`} className="visually-hidden">
        {announcement}
      </div>
    </div>
  );
}

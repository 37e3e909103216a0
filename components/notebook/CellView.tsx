'use client';
/**
 * One cell: the gutter ([n] and Run, CellGutter), a hover toolbar (CellTools), the editor or
 * rendered Markdown (CellSource), and the outputs (CellOutputs). Command-mode keys are handled by
 * the notebook, on the focused cell element.
 */
import { memo, useState } from 'react';
import type { CellViewProps } from './cellProps';
import { CellOutputs } from './CellOutputs';
import { CellGutter } from './CellGutter';
import { CellTools } from './CellTools';
import { CellSource } from './CellSource';
import styles from './Notebook.module.css';

export type { CellCallbacks, CellViewProps } from './cellProps';

export const CellView = memo(function CellView(props: CellViewProps) {
  const { cell, index, selected, runState, readOnlyCode, callbacks } = props;
  const n = index + 1;
  const [hovered, setHovered] = useState(false);

  return (
    <section
      aria-label={`Cell ${n}`}
      data-cell-id={cell.id}
      data-cell-type={cell.cell_type}
      tabIndex={-1}
      className={`${styles.cell} ${selected ? styles.selected : ''} ${runState ? styles.running : ''}`}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => callbacks.select(cell.id)}
      onClick={() => callbacks.select(cell.id)}
    >
      <CellGutter cell={cell} runState={runState} readOnlyCode={readOnlyCode} onRun={() => callbacks.run(cell.id, 'stay')} />
      <div className={styles.body}>
        {(hovered || selected) && <CellTools cell={cell} n={n} callbacks={callbacks} />}
        <CellSource {...props} n={n} />
        {cell.cell_type === 'code' && (
          <CellOutputs
            cell={cell}
            label={`Output of cell ${n}`}
            n={n}
            runState={runState}
            onToggleHidden={() => callbacks.toggleOutputs(cell.id)}
          />
        )}
      </div>
    </section>
  );
});

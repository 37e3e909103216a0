'use client';

import { epochHeader, metricsText, stepCountText, timingText, type FitProgressData } from '@/lib/outputs/fitProgress';
import { ProgressBar } from './ProgressBar';
import styles from './ProgressView.module.css';

/**
 * model.fit's Keras-style log: one line per epoch, "Epoch 3/10 [bar] 12/30 - ETA: 1s - loss: …",
 * updated in place as batches end (verbose 1), or written once per finished epoch (verbose 2).
 * The bar is the Workers panel's; the text after it is Keras's.
 */
export function ProgressView({ data }: { data: FitProgressData }) {
  return (
    <div className={styles.progress} role="group" aria-label="Training progress">
      {data.rows.map((row) => {
        const header = epochHeader(row, data.epochs);
        const percent = row.done ? 100 : row.steps ? (100 * row.step) / row.steps : 0;
        return (
          <div key={row.epoch} className={styles.row} data-epoch={row.epoch} data-done={row.done}>
            <span className={styles.epoch}>{header}</span>{' '}
            {data.verbose === 1 && row.steps !== null ? (
              <ProgressBar percent={percent} label={`${header} progress`} className={styles.bar} />
            ) : null}
            <span className={styles.text}>
              {data.verbose === 1 ? `${stepCountText(row)} - ` : '- '}
              {timingText(row)}
              {metricsText(row.logs)}
            </span>
          </div>
        );
      })}
    </div>
  );
}

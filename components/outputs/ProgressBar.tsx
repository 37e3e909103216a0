'use client';

import styles from './ProgressBar.module.css';

/**
 * A thin progress bar with its value exposed to assistive technology: the running job's bar in
 * the Workers panel and each epoch's bar under a model.fit cell.
 */
export function ProgressBar({ percent, label, className }: { percent: number; label: string; className?: string }) {
  const pct = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct}
      className={className ? `${styles.bar} ${className}` : styles.bar}
    >
      <div style={{ width: `${pct}%` }} />
    </div>
  );
}

'use client';
/** The controls under a shortened output: what is shown, "Show more", and "Show all" where that stays quick. */
import styles from './outputs.module.css';

export interface ShowMoreProps {
  /** E.g. "Showing 200 of 100,000 rows". */
  status: string;
  /** E.g. "Show 200 more rows"; absent when everything is shown. */
  moreLabel?: string;
  onMore?(): void;
  /** E.g. "Show all 4,000 rows"; absent when showing everything at once would be too slow. */
  allLabel?: string;
  onAll?(): void;
}

export function ShowMore({ status, moreLabel, onMore, allLabel, onAll }: ShowMoreProps) {
  return (
    <div className={styles.showMore}>
      <span className={styles.note}>{status}</span>
      {moreLabel && onMore ? (
        <button type="button" className="sb-button sb-button-ghost" onClick={onMore}>
          {moreLabel}
        </button>
      ) : null}
      {allLabel && onAll ? (
        <button type="button" className="sb-button sb-button-ghost" onClick={onAll}>
          {allLabel}
        </button>
      ) : null}
    </div>
  );
}

'use client';
/** A chart's "Log scale" checkbox; disabled where the data can't go on a log axis (zero or below). */
import { useId } from 'react';
import styles from './ChartView.module.css';

export function LogScaleToggle({ checked, allowed, onChange }: { checked: boolean; allowed: boolean; onChange(checked: boolean): void }) {
  const id = useId();
  return (
    <label className={styles.toggle} htmlFor={id}>
      <input id={id} type="checkbox" checked={checked} disabled={!allowed} onChange={(e) => onChange(e.target.checked)} />
      <span>Log scale</span>
    </label>
  );
}

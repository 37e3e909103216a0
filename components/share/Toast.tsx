'use client';
/** A short confirmation at the bottom of the screen, read out by screen readers, gone after a few seconds. */
import { useEffect, useRef } from 'react';
import styles from './Share.module.css';

export const TOAST_MS = 5000;

export function Toast({ message, onDone }: { message: string; onDone: () => void }) {
  // The timer starts once per toast; a parent re-rendering (a cell running) must not restart it.
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  }, [onDone]);
  useEffect(() => {
    const timer = setTimeout(() => done.current(), TOAST_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div role="status" aria-live="polite" className={styles.toast}>
      {message}
    </div>
  );
}

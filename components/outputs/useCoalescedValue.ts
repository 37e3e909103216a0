'use client';
/**
 * A value that changes faster than it is worth redrawing: the first one is shown at once, later
 * ones at most once per `intervalMs`, always the latest, and as a transition so a click or a key
 * is handled before the redraw. A live training chart is updated twice a second and a redraw can
 * take longer than that on a busy machine: without this the updates queue up behind each other
 * (and Interrupt's reply behind them), and the page stops responding while a model trains.
 */
import { startTransition, useEffect, useRef, useState } from 'react';

export function useCoalescedValue<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const lastShownAt = useRef(0);

  useEffect(() => {
    if (Object.is(value, shown)) return;
    const wait = Math.max(0, lastShownAt.current + intervalMs - performance.now());
    const timer = setTimeout(() => {
      lastShownAt.current = performance.now();
      startTransition(() => setShown(value));
    }, wait);
    return () => clearTimeout(timer);
  }, [value, shown, intervalMs]);

  return shown;
}

'use client';
/**
 * Loads the canvas charts' library once the notebook has opened and the page is idle, so the first
 * chart a run draws (a live loss curve) does not also pay for fetching and starting uPlot in the
 * same task, while the workers are training.
 */
import { useEffect } from 'react';
import { loadUPlot } from './uPlotLoader';

/** The longest to wait for an idle moment before loading anyway. */
const IDLE_TIMEOUT_MS = 10_000;

export function useChartLibraryWhenIdle(enabled: boolean) {
  useEffect(() => {
    if (!enabled || typeof requestIdleCallback === 'undefined') return;
    const id = requestIdleCallback(
      () => {
        // A failed load is reported by the chart that needs it (CanvasPlot); nothing to say here.
        loadUPlot().catch(() => {});
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
    return () => cancelIdleCallback(id);
  }, [enabled]);
}

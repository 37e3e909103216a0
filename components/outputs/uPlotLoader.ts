/**
 * uPlot, loaded once: with the first canvas chart, or earlier when the page is idle
 * (useChartLibraryWhenIdle), never in the notebook page's start-up task.
 */
import type uPlot from 'uplot';

let uPlotModule: Promise<typeof uPlot> | null = null;

export const loadUPlot = () => (uPlotModule ??= import('uplot').then((m) => m.default));

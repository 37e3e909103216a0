/**
 * model.fit's Keras-style progress: one row per epoch (steps done, time, running metrics) as the
 * kernel publishes it, and the text Keras prints for it, which is also the text/plain of the
 * output, so an exported notebook reads as Keras's log would:
 *   Epoch 3/10
 *   12/30 [=========>....................] - ETA: 1s - loss: 0.4321 - acc: 0.8700
 */
import { z } from 'zod';

/** MIME type of model.fit's progress display. */
export const PROGRESS_MIME = 'application/vnd.sparkbook.progress+json';

/** One epoch's progress. */
export const EpochProgressSchema = z.object({
  /** 1-based, as Keras prints it. */
  epoch: z.number().int().positive(),
  /** Batches done so far in this epoch. */
  step: z.number().int().nonnegative(),
  /** Batches in the epoch; null when unknown (a dataset without batchesPerEpoch). */
  steps: z.number().int().nonnegative().nullable(),
  /** Time since the epoch began. */
  elapsedMs: z.number().nonnegative(),
  /** True once the epoch ended (its logs then are the epoch's, validation metrics included). */
  done: z.boolean(),
  /** Running means of the batch metrics, or the epoch's metrics once done. */
  logs: z.record(z.string(), z.number()),
});
/** One epoch's progress. */
export type EpochProgress = z.infer<typeof EpochProgressSchema>;

/** Payload of PROGRESS_MIME. */
export const FitProgressSchema = z.object({
  /** The fit's last epoch number (Keras's "Epoch 3/10" denominator). */
  epochs: z.number().int().nonnegative(),
  /** 1: a bar per epoch updated as batches end; 2: one line per finished epoch. */
  verbose: z.union([z.literal(1), z.literal(2)]),
  rows: z.array(EpochProgressSchema),
});
/** model.fit's progress as PROGRESS_MIME carries it. */
export type FitProgressData = z.infer<typeof FitProgressSchema>;

/** Width of Keras's text bar, between the brackets. */
export const BAR_WIDTH = 30;

/** Keras's bar: `[=====>........]` while running, all `=` when complete. */
export function progressBarText(step: number, steps: number, width = BAR_WIDTH): string {
  if (steps <= 0) return `[${'.'.repeat(width)}]`;
  const filled = Math.min(width, Math.floor((width * step) / steps));
  if (filled === 0) return `[${'.'.repeat(width)}]`;
  const head = step < steps ? '>' : '=';
  return `[${'='.repeat(filled - 1)}${head}${'.'.repeat(width - filled)}]`;
}

/** Keras's ETA: "7s", "1:05" past a minute, "1:02:05" past an hour. */
export function formatEta(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  if (s >= 3600) return `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
  if (s >= 60) return `${Math.floor(s / 60)}:${pad(s % 60)}`;
  return `${s}s`;
}

/** Time per step as Keras prints it: "2s/step", "33ms/step" or "850us/step". */
export function formatPerStep(seconds: number): string {
  if (seconds >= 1) return `${Math.round(seconds)}s/step`;
  if (seconds >= 1e-3) return `${Math.round(seconds * 1e3)}ms/step`;
  return `${Math.round(seconds * 1e6)}us/step`;
}

/** A metric value as Keras prints it: 4 decimals, or exponent notation when tiny. */
export function formatMetric(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return value !== 0 && Math.abs(value) < 1e-3 ? value.toExponential(4) : value.toFixed(4);
}

/** " - loss: 0.4321 - acc: 0.8700", in the logs' own order. */
export function metricsText(logs: Record<string, number>): string {
  return Object.entries(logs)
    .map(([name, value]) => ` - ${name}: ${formatMetric(value)}`)
    .join('');
}

/** Seconds left in the epoch at the pace so far; null before the first step or with no total. */
export function etaSeconds(row: Pick<EpochProgress, 'step' | 'steps' | 'elapsedMs'>): number | null {
  if (row.steps === null || row.step === 0) return null;
  return ((row.elapsedMs / 1000) * Math.max(0, row.steps - row.step)) / row.step;
}

/** "12/30" with the step padded to the total's width, or "12/Unknown". */
export function stepCountText(row: Pick<EpochProgress, 'step' | 'steps'>): string {
  if (row.steps === null) return `${row.step}/Unknown`;
  return `${String(row.step).padStart(String(row.steps).length)}/${row.steps}`;
}

/** What follows the bar: ETA while running, elapsed and per-step time once done, then the metrics. */
export function timingText(row: EpochProgress): string {
  if (row.done) {
    const perStep = row.step > 0 ? ` ${formatPerStep(row.elapsedMs / 1000 / row.step)}` : '';
    return `${Math.round(row.elapsedMs / 1000)}s${perStep}`;
  }
  const eta = etaSeconds(row);
  return eta === null ? 'ETA: ?' : `ETA: ${formatEta(eta)}`;
}

/** The epoch header Keras prints: "Epoch 3/10". */
export const epochHeader = (row: Pick<EpochProgress, 'epoch'>, epochs: number) => `Epoch ${row.epoch}/${epochs}`;

/** The line under the epoch header (verbose 1), or the epoch's one line (verbose 2). */
export function epochLine(row: EpochProgress, epochs: number, verbose: 1 | 2): string {
  if (verbose === 2) return `${epochHeader(row, epochs)} - ${timingText(row)}${metricsText(row.logs)}`;
  const bar = row.steps === null ? '' : ` ${progressBarText(row.step, row.steps)}`;
  return `${stepCountText(row)}${bar} - ${timingText(row)}${metricsText(row.logs)}`;
}

/** The whole log as Keras prints it at this moment. */
export function fitProgressText(data: FitProgressData): string {
  return data.rows
    .flatMap((row) =>
      data.verbose === 2 ? [epochLine(row, data.epochs, 2)] : [epochHeader(row, data.epochs), epochLine(row, data.epochs, 1)],
    )
    .join('\n');
}

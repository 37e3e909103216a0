/**
 * model.fit's Keras-style progress in the cell (besides the live chart): with verbose 1 (the
 * default, as in Keras) a bar per epoch with an ETA, updated in place; with 2, one line per
 * finished epoch; with 0, nothing. Running metrics are means over the epoch's batches weighted
 * by batch size, as Keras shows them; at the epoch's end, the epoch's own logs (val_ included).
 */
import type { MimeBundle } from '../../../../lib/notebook/types';
import { fitProgressText, PROGRESS_MIME, type EpochProgress, type FitProgressData } from '../../../../lib/outputs/fitProgress';
import { ThrottledDisplay, type DisplayChannel } from '../liveChart/throttledDisplay';

/** Keras's verbosity levels: 0 silent, 1 a progress bar, 2 one line per epoch. */
export type Verbosity = 0 | 1 | 2;

/** The verbosity a fit asked for; tfjs and Keras default to 1, and anything unknown counts as 1. */
export function verbosityOf(verbose: unknown): Verbosity {
  return verbose === 0 || verbose === 2 ? verbose : 1;
}

/** Batches per epoch of model.fit on `samples` rows: the validation split is held out first, as tfjs does. */
export function stepsPerEpoch(samples: number, args: { batchSize?: number; validationSplit?: number; validationData?: unknown }): number {
  const split =
    args.validationData == null && args.validationSplit && args.validationSplit > 0 && args.validationSplit < 1 ? args.validationSplit : 0;
  const train = split > 0 ? Math.floor(samples * (1 - split)) : samples;
  return Math.ceil(train / (args.batchSize ?? 32));
}

const SKIPPED_LOGS = new Set(['batch', 'size']);

function finiteLogs(logs: Record<string, unknown> | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(logs ?? {})) {
    const v = Number(value);
    if (!SKIPPED_LOGS.has(name) && Number.isFinite(v)) out[name] = v;
  }
  return out;
}

export class FitProgress {
  private readonly rows: EpochProgress[] = [];
  private current: EpochProgress | null = null;
  private startedAt = 0;
  private sums = new Map<string, number>();
  private seen = 0;
  private readonly display: ThrottledDisplay;

  constructor(
    channel: DisplayChannel,
    private readonly options: { epochs: number; steps: number | null; verbose: 1 | 2 },
    private readonly now: () => number = () => performance.now(),
  ) {
    this.display = new ThrottledDisplay(channel, () => this.bundle(), 'fit-progress');
  }

  /** The payload as it stands: finished epochs, and the running one (verbose 1). */
  data(): FitProgressData {
    const rows = this.current && this.options.verbose === 1 ? [...this.rows, { ...this.current }] : [...this.rows];
    return { epochs: this.options.epochs, verbose: this.options.verbose, rows };
  }

  private bundle(): MimeBundle | null {
    const data = this.data();
    if (data.rows.length === 0) return null;
    return { 'text/plain': fitProgressText(data), [PROGRESS_MIME]: data };
  }

  /** `epoch` is tfjs's 0-based index (counting from initialEpoch). */
  epochBegin(epoch: number) {
    this.current = { epoch: epoch + 1, step: 0, steps: this.options.steps, elapsedMs: 0, done: false, logs: {} };
    this.startedAt = this.now();
    this.sums = new Map();
    this.seen = 0;
    if (this.options.verbose === 1) this.display.changed();
  }

  batchEnd(logs: Record<string, unknown> | undefined) {
    const row = this.current;
    if (!row) return;
    row.step++;
    row.elapsedMs = this.now() - this.startedAt;
    const size = Number(logs?.size) > 0 ? Number(logs?.size) : 1;
    this.seen += size;
    for (const [name, value] of Object.entries(finiteLogs(logs))) this.sums.set(name, (this.sums.get(name) ?? 0) + value * size);
    row.logs = Object.fromEntries([...this.sums].map(([name, sum]) => [name, sum / this.seen]));
    if (this.options.verbose === 1) this.display.changed();
  }

  epochEnd(logs: Record<string, unknown> | undefined) {
    const row = this.current;
    if (!row) return;
    row.elapsedMs = this.now() - this.startedAt;
    row.done = true;
    row.logs = { ...row.logs, ...finiteLogs(logs) };
    // The total is known now, whatever was estimated before the epoch.
    if (row.steps === null || row.steps < row.step) row.steps = row.step;
    this.rows.push(row);
    this.current = null;
    this.display.changed();
  }

  /** Publishes the final state (call when training ends, also when it fails). */
  finish() {
    this.display.publish();
  }
}

/** model.fit callbacks that drive a FitProgress; none with verbose 0. */
export function fitProgressCallbacks(
  channel: DisplayChannel,
  options: { epochs: number; steps: number | null; verbose: Verbosity },
): {
  onEpochBegin: (epoch: number) => Promise<void>;
  onBatchEnd: (batch: number, logs?: Record<string, unknown>) => Promise<void>;
  onEpochEnd: (epoch: number, logs?: Record<string, unknown>) => Promise<void>;
  onTrainEnd: () => Promise<void>;
} | null {
  const { verbose } = options;
  if (verbose === 0) return null;
  const progress = new FitProgress(channel, { ...options, verbose });
  return {
    onEpochBegin: async (epoch) => progress.epochBegin(epoch),
    onBatchEnd: async (_batch, logs) => progress.batchEnd(logs),
    onEpochEnd: async (_epoch, logs) => progress.epochEnd(logs),
    onTrainEnd: async () => progress.finish(),
  };
}

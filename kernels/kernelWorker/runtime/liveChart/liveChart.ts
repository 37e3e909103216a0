/**
 * A chart in the training cell's output that grows while the model trains: shown once, then
 * replaced in place (nbformat's update_display_data) at most twice a second, and once more
 * when training ends. Typing stays smooth because only a small JSON payload crosses over.
 */
import type { MimeBundle } from '../../../../lib/notebook/types';
import { TrainingSeries } from './trainingSeries';

/** Where a cell's displays go: a new display, or an update of one by id. */
export interface DisplayChannel {
  show(displayId: string, data: MimeBundle): void;
  update(displayId: string, data: MimeBundle): void;
}

export const PUBLISH_INTERVAL_MS = 500;

let counter = 0;

export class LiveChart {
  private readonly series: TrainingSeries;
  private readonly displayId = `live-chart-${Date.now().toString(36)}-${++counter}`;
  private shown = false;
  private lastPublish = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly channel: DisplayChannel, title = 'Loss') {
    this.series = new TrainingSeries(title);
  }

  step(step: number, logs: Record<string, number>) {
    this.series.step(step, logs);
    this.schedule();
  }

  epoch(step: number, logs: Record<string, number>) {
    this.series.epoch(step, logs);
    this.schedule();
  }

  get steps() {
    return this.series.stepCount;
  }

  private publish() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.series.isEmpty) return;
    this.lastPublish = Date.now();
    if (!this.shown) {
      this.shown = true;
      this.channel.show(this.displayId, this.series.bundle());
    } else {
      this.channel.update(this.displayId, this.series.bundle());
    }
  }

  private schedule() {
    if (!this.shown) return this.publish();
    const wait = PUBLISH_INTERVAL_MS - (Date.now() - this.lastPublish);
    if (wait <= 0) return this.publish();
    this.timer ??= setTimeout(() => this.publish(), wait);
  }

  /** Publishes the final state (call when training ends, also on error). */
  finish() {
    this.publish();
  }
}

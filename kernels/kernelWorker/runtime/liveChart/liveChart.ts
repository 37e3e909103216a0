/**
 * A chart in the training cell's output that grows while the model trains (a ThrottledDisplay:
 * at most two updates a second). Typing stays smooth because only a small JSON payload crosses over.
 */
import { ThrottledDisplay, type DisplayChannel } from './throttledDisplay';
import { TrainingSeries } from './trainingSeries';

export { PUBLISH_INTERVAL_MS, type DisplayChannel } from './throttledDisplay';

export class LiveChart {
  private readonly series: TrainingSeries;
  private readonly display: ThrottledDisplay;

  constructor(channel: DisplayChannel, title = 'Loss') {
    this.series = new TrainingSeries(title);
    this.display = new ThrottledDisplay(channel, () => (this.series.isEmpty ? null : this.series.bundle()), 'live-chart');
  }

  step(step: number, logs: Record<string, number>) {
    this.series.step(step, logs);
    this.display.changed();
  }

  epoch(step: number, logs: Record<string, number>) {
    this.series.epoch(step, logs);
    this.display.changed();
  }

  get steps() {
    return this.series.stepCount;
  }

  /** Publishes the final state (call when training ends, also on error). */
  finish() {
    this.display.publish();
  }
}

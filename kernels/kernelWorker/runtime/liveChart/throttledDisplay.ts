/**
 * A display in a cell's output that changes while the cell runs (a training chart, model.fit's
 * progress): shown at once, then replaced in place (nbformat's update_display_data) at most
 * twice a second, and once more when the work ends, so the page re-renders little however often
 * the state behind it changes.
 */
import type { MimeBundle } from '../../../../lib/notebook/types';

/** Where a cell's displays go: a new display, or an update of one by id. */
export interface DisplayChannel {
  show(displayId: string, data: MimeBundle): void;
  update(displayId: string, data: MimeBundle): void;
}

export const PUBLISH_INTERVAL_MS = 500;

let counter = 0;

export class ThrottledDisplay {
  private readonly displayId: string;
  private shown = false;
  private lastPublish = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** `render` builds the bundle from the current state, or null while there is nothing to show. */
  constructor(
    private readonly channel: DisplayChannel,
    private readonly render: () => MimeBundle | null,
    kind = 'display',
  ) {
    this.displayId = `${kind}-${Date.now().toString(36)}-${++counter}`;
  }

  /** The state changed: shows it now if it was never shown, else within PUBLISH_INTERVAL_MS. */
  changed() {
    if (!this.shown) return this.publish();
    const wait = PUBLISH_INTERVAL_MS - (Date.now() - this.lastPublish);
    if (wait <= 0) return this.publish();
    this.timer ??= setTimeout(() => this.publish(), wait);
  }

  /** Publishes the final state now (call when the work ends, also on error). */
  publish() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const bundle = this.render();
    if (!bundle) return;
    this.lastPublish = Date.now();
    if (!this.shown) {
      this.shown = true;
      this.channel.show(this.displayId, bundle);
    } else {
      this.channel.update(this.displayId, bundle);
    }
  }
}

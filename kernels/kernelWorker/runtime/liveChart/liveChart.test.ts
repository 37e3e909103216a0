import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHART_MIME, type ChartData } from '../../../../lib/outputs/mime';
import type { MimeBundle } from '../../../../lib/notebook/types';
import { LiveChart, PUBLISH_INTERVAL_MS } from './liveChart';

afterEach(() => vi.useRealTimers());

function recorder() {
  const events: { kind: 'show' | 'update'; id: string; chart: ChartData }[] = [];
  const channel = {
    show: (id: string, data: MimeBundle) => events.push({ kind: 'show', id, chart: data[CHART_MIME] as ChartData }),
    update: (id: string, data: MimeBundle) => events.push({ kind: 'update', id, chart: data[CHART_MIME] as ChartData }),
  };
  return { events, channel };
}

describe('LiveChart', () => {
  it('shows the chart at the first step, then updates the same display at most twice a second', async () => {
    vi.useFakeTimers();
    const { events, channel } = recorder();
    const chart = new LiveChart(channel);
    chart.step(1, { loss: 1, acc: 0.3 });
    for (let s = 2; s <= 20; s++) chart.step(s, { loss: 1 / s, acc: 0.3 });
    expect(events.map((e) => e.kind)).toEqual(['show']);
    await vi.advanceTimersByTimeAsync(PUBLISH_INTERVAL_MS);
    expect(events.map((e) => e.kind)).toEqual(['show', 'update']);
    expect(new Set(events.map((e) => e.id)).size).toBe(1);
    const loss = events[1].chart.series.find((s) => s.name === 'loss')!;
    expect(loss.points).toHaveLength(20);
  });

  it('puts accuracy on the right axis and draws validation dashed at the epoch end step', () => {
    const { events, channel } = recorder();
    const chart = new LiveChart(channel);
    chart.step(5, { loss: 0.5, acc: 0.8 });
    chart.epoch(5, { loss: 0.5, acc: 0.8, val_loss: 0.6, val_acc: 0.7 });
    chart.finish();
    const series = events.at(-1)!.chart.series;
    expect(series.find((s) => s.name === 'acc')!.axis).toBe('right');
    expect(series.find((s) => s.name === 'val_loss')).toMatchObject({ dashed: true, axis: 'left', points: [[5, 0.6]] });
    expect(events.at(-1)!.chart.title).toBe('Loss');
  });
});

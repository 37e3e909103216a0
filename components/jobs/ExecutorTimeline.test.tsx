import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { sampleJobs } from '../../testing/sampleJobs';
import { ExecutorTimeline } from './ExecutorTimeline';

const [evaluate, cancelled, fit] = sampleJobs(Date.UTC(2026, 0, 15, 12));

describe('ExecutorTimeline', () => {
  it('draws a labelled lane per worker and a bar per attempt', () => {
    const html = renderToStaticMarkup(<ExecutorTimeline job={fit} />);
    expect(html).toContain('aria-label="Executor timeline"');
    for (const n of [1, 2, 3]) expect(html).toContain(`>Worker ${n}</text>`);
    expect(html.match(/<rect class="[^"]*bar[^"]*" data-outcome=/g)).toHaveLength(fit.tasks.length);
  });

  it('explains each attempt on hover: task, attempt, samples, duration, outcome', () => {
    const html = renderToStaticMarkup(<ExecutorTimeline job={fit} />);
    expect(html).toMatch(/<title>Task 22\.2 \(stage 22\) · attempt 1 · 8 samples · \d+ ms · lost: Executor 3 was killed<\/title>/);
    expect(html).toMatch(/<title>Task 22\.2 \(stage 22\) · attempt 2 \(retry\) · 8 samples · \d+ ms · succeeded<\/title>/);
  });

  it('hatches lost attempts, outlines retries and marks where the executor was lost', () => {
    const html = renderToStaticMarkup(<ExecutorTimeline job={fit} />);
    expect(html).toMatch(/fill="url\(#hatch-[\w-]+\)"/);
    expect(html).toContain('data-retry="true"');
    expect(html).toMatch(/lost at 2\.\d+ s \(killed\)/);
    expect(html).toContain('Executor lost');
  });

  it('shows failed attempts in red with a cross, and leaves out legend entries it does not use', () => {
    const html = renderToStaticMarkup(<ExecutorTimeline job={cancelled} />);
    expect(html).toContain('data-outcome="failed"');
    expect(html).toContain('✕');
    expect(html).not.toContain('Executor lost');
    expect(html).not.toContain('Running');
  });

  it('summarises the timeline in words for screen readers', () => {
    const html = renderToStaticMarkup(<ExecutorTimeline job={evaluate} />);
    expect(html).toContain('<desc>3 workers, 3 task attempts</desc>');
  });

  it('says so when a job ran no tasks', () => {
    const html = renderToStaticMarkup(<ExecutorTimeline job={{ ...evaluate, tasks: [] }} />);
    expect(html).toContain('ran no tasks');
  });

  it('splits a shared-memory step into compute, exchange and wait, and sums them up', () => {
    const phases = { computeMs: 12, exchangeMs: 2, waitMs: 6 };
    const tasks = fit.tasks.map((t) => (t.outcome === 'succeeded' ? { ...t, phases } : t));
    const html = renderToStaticMarkup(<ExecutorTimeline job={{ ...fit, tasks }} />);
    for (const phase of ['compute', 'exchange', 'wait']) expect(html).toContain(`data-phase="${phase}"`);
    expect(html).toContain('compute 12.0 ms, exchange 2.0 ms, wait 6.0 ms');
    expect(html).toContain(
      'Per step and worker on average: compute 12.0 ms, exchange (all-reduce and update) 2.0 ms, waiting for the other workers 6.0 ms.',
    );
    expect(html).toContain('Exchange</li>');
  });
});

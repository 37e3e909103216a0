import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TaskEvent } from '../../lib/jobs/jobRecord';
import { StageTable } from './StageTable';

const attempt = (stage: number, epoch?: number): TaskEvent => ({
  stage,
  epoch,
  taskId: `${stage}.0`,
  executor: '1',
  attempt: 1,
  samples: 32,
  startedAt: 1000 + stage * 10,
  endedAt: 1008 + stage * 10,
  outcome: 'succeeded',
});

describe('StageTable', () => {
  it('reads a training job per epoch, with every step behind a disclosure', () => {
    const tasks = Array.from({ length: 6 }, (_, s) => attempt(s, Math.floor(s / 3)));
    const html = renderToStaticMarkup(<StageTable tasks={tasks} />);
    expect(html).toContain('<caption class="visually-hidden">Stages per epoch</caption>');
    expect(html.match(/<tr data-trouble/g) ?? []).toHaveLength(0);
    expect(html).toContain('All 6 stages');
    // Two epoch rows of 3 stages and 96 samples each.
    expect(html.match(/<td>3<\/td><td>3<\/td><td>3<\/td><td>96<\/td>/g)).toHaveLength(2);
  });

  it('lists stages directly for a job without epochs (inference)', () => {
    const html = renderToStaticMarkup(<StageTable tasks={[attempt(0)]} />);
    expect(html).toContain('<caption class="visually-hidden">Stages</caption>');
    expect(html).not.toContain('per epoch');
  });
});

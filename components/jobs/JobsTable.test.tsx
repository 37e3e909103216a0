import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { sampleJobs } from '../../testing/sampleJobs';
import { JobsTable, type JobsTableProps } from './JobsTable';

const jobs = sampleJobs(Date.UTC(2026, 0, 15, 12));
const props: JobsTableProps = {
  jobs,
  sort: { key: 'duration', direction: 'ascending' },
  onSort: () => {},
  selected: new Set([jobs[1].id]),
  onSelect: () => {},
  onDelete: () => {},
  now: Date.UTC(2026, 0, 15, 12),
};

describe('JobsTable', () => {
  it('has the caption and column headers as sort buttons, only the sorted one with aria-sort', () => {
    const html = renderToStaticMarkup(<JobsTable {...props} />);
    expect(html).toContain('<caption>Jobs</caption>');
    for (const label of ['Job id', 'Kind', 'Notebook', 'Status', 'Started', 'Duration', 'Executors', 'Final metrics']) {
      expect(html).toMatch(new RegExp(`<button type="button"[^>]*>${label}<span`));
    }
    expect(html.match(/aria-sort=/g)).toHaveLength(1);
    expect(html).toMatch(/aria-sort="ascending"[^>]*><button[^>]*>Duration/);
  });

  it('links each job to its page and its notebook', () => {
    const html = renderToStaticMarkup(<JobsTable {...props} />);
    expect(html).toContain(`href="/jobs/${jobs[0].id}"`);
    expect(html).toContain(`href="/notebooks/${jobs[0].notebookId}"`);
  });

  it('has a labelled checkbox and Delete per row, checked for selected jobs', () => {
    const html = renderToStaticMarkup(<JobsTable {...props} />);
    for (const job of jobs) {
      expect(html).toContain(`aria-label="Select job ${job.id}"`);
      expect(html).toContain(`aria-label="Delete job ${job.id}"`);
    }
    expect(html).toMatch(new RegExp(`aria-label="Select job ${jobs[1].id}" checked=""`));
    expect(html).not.toMatch(new RegExp(`aria-label="Select job ${jobs[0].id}" checked=""`));
  });

  it('shows status badges, lost executors and final metrics', () => {
    const html = renderToStaticMarkup(<JobsTable {...props} />);
    expect(html).toContain('data-status="cancelled"');
    expect(html).toContain('(1 lost)');
    expect(html).toMatch(/<b>loss<\/b>0\.0895/);
    expect(html).toMatch(/<b>acc<\/b>0\.9333/);
  });
});

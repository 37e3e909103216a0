import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Notice } from './Notice';

const html = (kind: 'error' | 'status', message: string | null) => renderToStaticMarkup(<Notice kind={kind}>{message}</Notice>);

describe('Notice', () => {
  it('shows an error as an alert, in the alert style', () => {
    expect(html('error', 'Could not upload a.csv: too big')).toBe(
      '<div role="alert" class="sb-alert" data-notice="error">Could not upload a.csv: too big</div>',
    );
  });

  it('shows a status as a status', () => {
    expect(html('status', 'Uploaded a.csv.')).toMatch(/^<div role="status" class="[^"]+" data-notice="status">Uploaded a.csv.<\/div>$/);
  });

  it('shows nothing without a message', () => {
    expect(html('error', null)).toBe('');
    expect(html('status', '')).toBe('');
  });
});

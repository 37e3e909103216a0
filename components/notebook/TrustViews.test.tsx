import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RunConsentDialog } from './RunConsentDialog';
import { UntrustedBanner } from './UntrustedBanner';

describe('UntrustedBanner', () => {
  it('is a named region that says what the code can reach, with a Trust button', () => {
    const html = renderToStaticMarkup(<UntrustedBanner source="It was imported from a file." onTrust={() => {}} />);
    expect(html).toContain('role="region" aria-label="Untrusted notebook"');
    expect(html).toContain('It was imported from a file.');
    expect(html).toContain('read and change the other notebooks, models and jobs saved in this browser');
    expect(html).toContain('cannot send them to other sites');
    expect(html).toMatch(/<button type="button"[^>]*>Trust this notebook<\/button>/);
  });
});

describe('RunConsentDialog', () => {
  const html = renderToStaticMarkup(
    <RunConsentDialog title="Sneaky" source="It was opened from a share link." onRun={() => {}} onCancel={() => {}} />,
  );

  it('is a modal alertdialog named by its question and described by its text', () => {
    expect(html).toMatch(/<dialog[^>]*role="alertdialog"/);
    expect(html).toContain('aria-modal="true"');
    expect(html).toContain('aria-labelledby="run-consent-title"');
    expect(html).toContain('<h2 id="run-consent-title">Run code from an untrusted notebook?</h2>');
    expect(html).toContain('aria-describedby="run-consent-description"');
    expect(html).toMatch(/id="run-consent-description"[^]*Sneaky[^]*opened from a share link/);
  });

  it('offers Cancel before Run', () => {
    expect(html).toMatch(/>Cancel<\/button>[^]*>Run<\/button>/);
  });
});

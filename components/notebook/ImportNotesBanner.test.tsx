import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ImportNotesView } from './ImportNotesBanner';

describe('ImportNotesView', () => {
  it('shows the warning, each change as a list item, and a way to dismiss it', () => {
    const html = renderToStaticMarkup(
      <ImportNotesView notes={['This notebook is nbformat 4.99.', 'Cell 10: unknown cell type "future cell".']} onDismiss={() => {}} />,
    );
    expect(html).toContain('role="region" aria-label="Notes on the imported file"');
    expect(html).toContain('<p>This notebook is nbformat 4.99.</p>');
    expect(html).toContain('<li>Cell 10: unknown cell type &quot;future cell&quot;.</li>');
    expect(html).toContain('>Dismiss</button>');
  });

  it('has no list when there is only the warning', () => {
    expect(renderToStaticMarkup(<ImportNotesView notes={['Only this.']} onDismiss={() => {}} />)).not.toContain('<ul');
  });
});

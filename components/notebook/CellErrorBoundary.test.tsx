import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CellId } from '../../lib/notebook/ids';
import type { Cell } from '../../lib/notebook/types';
import { BrokenOutput } from '../outputs/OutputBoundary';
import { SectionErrorNotice } from '../shell/SectionBoundary';
import { BrokenCell, CellErrorBoundary } from './CellErrorBoundary';

// Boundaries catch only in the browser (server rendering rethrows), so these check what the
// fallbacks show; e2e/hostile-notebooks.spec.ts checks that a failing cell falls back to them.
const cell = {
  id: 'broken' as CellId,
  cell_type: 'markdown',
  source: '# My notes\n\n<b>typed by hand</b> & kept',
  metadata: {},
} as Cell;
const noop = () => {};

describe('BrokenCell', () => {
  const html = renderToStaticMarkup(
    <BrokenCell
      cell={cell}
      index={2}
      onDelete={noop}
      error={new RangeError('Maximum call stack size exceeded')}
      resetErrorBoundary={noop}
    />,
  );

  it('keeps the cell under its own name, so the numbering of the other cells holds', () => {
    expect(html).toContain('aria-label="Cell 3"');
    expect(html).toContain('data-cell-id="broken"');
  });

  it('says what failed, with the error', () => {
    expect(html).toContain('role="alert"');
    expect(html).toContain('This cell could not be shown.');
    expect(html).toContain('RangeError: Maximum call stack size exceeded');
  });

  it('shows the source read-only and as text, so nothing typed is lost and nothing in it runs', () => {
    expect(html).toMatch(
      /<textarea readOnly="" aria-label="Source of cell 3"[^>]*># My notes\n\n&lt;b&gt;typed by hand&lt;\/b&gt; &amp; kept<\/textarea>/,
    );
    expect(html).not.toContain('<b>');
  });

  it('offers to try again or delete the cell', () => {
    expect(html).toContain('>Try again</button>');
    expect(html).toContain('>Delete cell</button>');
  });
});

describe('CellErrorBoundary', () => {
  it('renders the cell itself while nothing fails', () => {
    expect(
      renderToStaticMarkup(
        <CellErrorBoundary cell={cell} index={0} onDelete={noop}>
          <p>the cell</p>
        </CellErrorBoundary>,
      ),
    ).toBe('<p>the cell</p>');
  });
});

describe('BrokenOutput and SectionErrorNotice', () => {
  it('show the error in place of the output or section', () => {
    const output = renderToStaticMarkup(<BrokenOutput error={new TypeError('x is undefined')} />);
    expect(output).toContain('This output could not be shown.');
    expect(output).toContain('TypeError: x is undefined');
    const section = renderToStaticMarkup(
      <SectionErrorNotice name="The jobs table" error={new Error('bad row')} resetErrorBoundary={noop} />,
    );
    expect(section).toContain('aria-label="The jobs table failed"');
    expect(section).toContain('The jobs table could not be shown.');
    expect(section).toContain('bad row');
  });
});

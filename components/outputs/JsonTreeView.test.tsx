import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JsonTreeView, MAX_CHILDREN_SHOWN } from './JsonTreeView';

const render = (value: unknown) => renderToStaticMarkup(<JsonTreeView value={value} />);

describe('JsonTreeView', () => {
  it('shows keys and typed values, strings quoted, under a labelled group', () => {
    const html = render({ name: 'iris', layers: 3, trained: true, notes: null });
    expect(html).toContain('role="group" aria-label="JSON output"');
    expect(html).toContain('{…} 4 keys');
    expect(html).toMatch(/name: <\/span><span class="[^"]*string[^"]*">&quot;iris&quot;/);
    expect(html).toMatch(/layers: <\/span><span class="[^"]*number[^"]*">3</);
    expect(html).toMatch(/trained: <\/span><span class="[^"]*boolean[^"]*">true</);
    expect(html).toMatch(/notes: <\/span><span class="[^"]*null[^"]*">null</);
  });

  it('opens the top level and renders deeper ones only when opened', () => {
    const html = render({ a: { b: { c: 'deep' } }, d: 1 });
    expect(html).toContain('a: </span>');
    expect(html).toContain('d: </span>');
    expect(html).not.toContain('b: </span>');
    expect(html.match(/<details open="">/g)).toHaveLength(1);
  });

  it('escapes keys and values: a document cannot place markup in the page', () => {
    const html = render({ '<img src=x onerror=alert(1)>': '<script>alert(1)</script>' });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
  });

  it('lists a long array up to a limit, with a button to show the rest', () => {
    const html = render(Array.from({ length: MAX_CHILDREN_SHOWN + 5 }, (_, i) => i));
    expect(html).toContain(`[…] ${MAX_CHILDREN_SHOWN + 5} items`);
    expect(html.match(/<li>/g)).toHaveLength(MAX_CHILDREN_SHOWN + 1);
    expect(html).toContain(`Show all ${MAX_CHILDREN_SHOWN + 5}`);
  });

  it('shows a bare value at the top', () => {
    expect(render(42)).toMatch(/number[^"]*">42</);
  });
});

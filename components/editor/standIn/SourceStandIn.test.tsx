import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { runMode } from './runMode';
import { SourceStandIn, type SourceStandInProps } from './SourceStandIn';

const noop = () => {};
const source = 'const a = "x";\n\n// done';
const render = (props: Partial<SourceStandInProps>) =>
  renderToStaticMarkup(
    <SourceStandIn
      value={source}
      language="typescript"
      ariaLabel="Code of cell 1"
      readOnly={false}
      highlighted
      editing={null}
      onActivate={noop}
      onChange={noop}
      {...props}
    />,
  );
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('SourceStandIn', () => {
  it('shows the source itself as its text, so a click offset in it is an offset in the source', () => {
    const code = render({}).match(/<div[^>]*data-editor-stand-in="source"[^>]*>(.*)<\/div><\/div>$/s)?.[1] ?? '';
    expect(textOf(code)).toBe(source);
  });

  it('numbers every line, the empty one too, outside the text', () => {
    const html = render({});
    expect(html.match(/data-n="\d+"/g)).toEqual(['data-n="1"', 'data-n="2"', 'data-n="3"']);
  });

  it('colours with the theme variables, and not at all until asked to', () => {
    const coloured = render({});
    expect(coloured).toContain('--sb-token-keyword:light-dark(#0000ff, #569cd6)');
    expect(coloured).toMatch(/<span class="[^"]*keyword[^"]*">const<\/span>/);
    const plain = render({ highlighted: false });
    expect(plain).not.toContain('<span');
    expect(plain).toContain('const a = &quot;x&quot;;\n\n// done');
  });

  it('is one focusable, labelled element until the reader edits, then a labelled text field', () => {
    const idle = render({});
    expect(idle).toMatch(/data-editor-stand-in="source" aria-label="Code of cell 1" tabindex="0"/);
    expect(idle).not.toContain('<textarea');
    const editing = render({ editing: { offset: 3 } });
    const field = editing.match(/<textarea[^>]*>/)?.[0] ?? '';
    expect(field).toContain('aria-label="Code of cell 1"');
    expect(field).toContain('data-editor-stand-in="field"');
    expect(editing).toMatch(/data-editor-stand-in="source" aria-hidden="true" tabindex="-1"/);
  });

  it('keeps a read-only cell read-only while Monaco loads', () => {
    expect(render({ editing: { offset: 0 }, readOnly: true })).toMatch(/<textarea[^>]*readOnly=""/);
  });

  it('sizes itself as the editor will be: lines times 20 px plus 12, at least three lines', () => {
    expect(render({})).toContain('height:72px');
    expect(render({ value: 'a\nb\nc\nd\ne' })).toContain('height:112px');
  });
});

describe('runMode: the run keys while Monaco loads, as the editor binds them', () => {
  const press = (mods: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }>, key = 'Enter') =>
    runMode({ key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });
  it.each([
    [{ shiftKey: true }, 'advance'],
    [{ ctrlKey: true }, 'stay'],
    [{ metaKey: true }, 'stay'],
    [{ altKey: true }, 'insert-below'],
  ] as const)('%o + Enter runs (%s)', (mods, mode) => expect(press(mods)).toBe(mode));
  it('leaves plain Enter, two modifiers, and other keys to the text', () => {
    expect(press({})).toBe(null);
    expect(press({ shiftKey: true, ctrlKey: true })).toBe(null);
    expect(press({ shiftKey: true }, 'a')).toBe(null);
  });
});

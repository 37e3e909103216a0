import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from './commandKeys';
import { COMMAND_MODE_SHORTCUTS, EDIT_MODE_SHORTCUTS, formatKeys } from './keyboardShortcuts';
import { ShortcutsDialog } from './ShortcutsDialog';

describe('the shortcuts list', () => {
  it('lists every command-mode command, each once', () => {
    const listed = COMMAND_MODE_SHORTCUTS.flatMap((s) => s.commands ?? []);
    expect([...listed].sort()).toEqual([...COMMAND_NAMES].sort());
  });

  it('writes double keys with a space and combinations with a plus', () => {
    expect(formatKeys([['D', 'D']])).toBe('D D');
    expect(formatKeys([['Shift', 'Enter']])).toBe('Shift+Enter');
    expect(formatKeys([['↑'], ['K']])).toBe('↑ / K');
  });

  it('says what merge does, as Jupyter does it', () => {
    const merge = COMMAND_MODE_SHORTCUTS.find((s) => s.commands?.includes('merge-below'));
    expect(merge?.does).toMatch(/with the one below/);
  });
});

describe('ShortcutsDialog', () => {
  const html = renderToStaticMarkup(createElement(ShortcutsDialog, { onClose: () => {} }));

  it('is a dialog named by its heading, with a table for each mode', () => {
    expect(html).toMatch(/<dialog[^>]*aria-labelledby="shortcuts-title"/);
    expect(html).toContain('<h2 id="shortcuts-title">Keyboard shortcuts</h2>');
    expect(html.match(/<table/g)).toHaveLength(2);
  });

  it('shows every shortcut of both modes', () => {
    for (const s of [...COMMAND_MODE_SHORTCUTS, ...EDIT_MODE_SHORTCUTS]) expect(html).toContain(`aria-label="${formatKeys(s.keys)}"`);
  });
});

describe('ShortcutsDialog tables', () => {
  it('are named by their headings (an id without spaces, as aria-labelledby takes a list of ids)', () => {
    const html = renderToStaticMarkup(createElement(ShortcutsDialog, { onClose: () => {} }));
    const ids = [...html.matchAll(/aria-labelledby="([^"]+)"/g)].map((m) => m[1]).filter((id) => id !== 'shortcuts-title');
    expect(ids).toHaveLength(2);
    for (const id of ids) {
      expect(id).not.toMatch(/\s/);
      expect(html).toContain(`id="${id}"`);
    }
  });
});

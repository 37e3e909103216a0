/** Monaco's themes against WCAG AA, and against the CSS palette the editor frame paints. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AA_TEXT, contrastRatio } from '@/lib/theme/contrast';
import { paletteColour, readPalette } from '@/lib/theme/cssPalette';
import { EDITOR_THEMES } from './editorTheme';

const palettes = readPalette(readFileSync(join(import.meta.dirname, '../../app/globals.css'), 'utf8'));

describe.each(['light', 'dark'] as const)("Monaco's %s theme", (theme) => {
  const c = EDITOR_THEMES[theme].colors;
  const pairs: [string, string][] = [
    ['editor.foreground', 'editor.background'],
    ['editor.foreground', 'editor.lineHighlightBackground'],
    ['editor.foreground', 'editor.selectionBackground'],
    ['editorLineNumber.foreground', 'editorGutter.background'],
    ['editorLineNumber.activeForeground', 'editorGutter.background'],
    ['editorSuggestWidget.foreground', 'editorSuggestWidget.background'],
    ['editorSuggestWidget.selectedForeground', 'editorSuggestWidget.selectedBackground'],
    ['editorSuggestWidget.highlightForeground', 'editorSuggestWidget.background'],
    ['editorSuggestWidget.focusHighlightForeground', 'editorSuggestWidget.selectedBackground'],
  ];

  it('matches the inset surface the editor frame paints while Monaco loads', () => {
    expect(c['editor.background']).toBe(paletteColour(palettes[theme], '--sb-inset'));
  });

  it.each(pairs)('%s reaches 4.5:1 on %s', (fg, bg) => {
    expect(contrastRatio(c[fg], c[bg]), `${c[fg]} on ${c[bg]}`).toBeGreaterThanOrEqual(AA_TEXT);
  });
});

/** Monaco's themes against WCAG AA, and against the CSS palette the editor frame paints. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AA_TEXT, contrastRatio } from '@/lib/theme/contrast';
import { paletteColour, readPalette } from '@/lib/theme/cssPalette';
import { EDITOR_THEMES, monacoRules, monacoTokenColors, tokenColorVariables } from './editorTheme';

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

describe('the token colours Monaco and the stand-in share', () => {
  it("are Monaco's rules for its tokens, and its bracket colours", () => {
    const rules = monacoRules(EDITOR_THEMES.light);
    expect(rules).toContainEqual({ token: 'keyword', foreground: '0000ff' });
    expect(rules).toContainEqual({ token: 'emphasis', fontStyle: 'italic' });
    expect(monacoTokenColors(EDITOR_THEMES.dark)['editorBracketHighlight.foreground1']).toBe('#ffd700');
  });

  it('reach the stand-in as light-dark() pairs, one per coloured kind', () => {
    const vars = tokenColorVariables();
    expect(vars['--sb-token-string']).toBe('light-dark(#a31515, #ce9178)');
    expect(vars['--sb-token-emphasis']).toBeUndefined();
  });

  it('each have a class in the stand-in stylesheet', () => {
    const css = readFileSync(join(import.meta.dirname, 'standIn/SourceStandIn.module.css'), 'utf8');
    for (const kind of Object.keys(EDITOR_THEMES.light.tokens)) expect(css, kind).toMatch(new RegExp(`^\\.${kind} \\{`, 'm'));
  });
});

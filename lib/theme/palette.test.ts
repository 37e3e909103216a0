/**
 * The palette's contrast, checked in both themes: fails if someone picks a colour that makes
 * text unreadable. Reads the custom properties from app/globals.css itself (every colour there
 * is light-dark(light, dark)), plus the confusion matrix's shading, which lives in TypeScript
 * (Monaco's themes are checked in components/editor/editorTheme.test.ts). WCAG AA: 4.5:1 for
 * text, 3:1 for graphics.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellShade, MATRIX_SHADING } from '../outputs/classificationTable';
import { AA_GRAPHICS, AA_TEXT, contrastRatio } from './contrast';
import { paletteColour, readPalette } from './cssPalette';
import type { ResolvedTheme } from './themePreference';

const palettes = readPalette(readFileSync(join(import.meta.dirname, '../../app/globals.css'), 'utf8'));
const THEMES: ResolvedTheme[] = ['light', 'dark'];

const colour = (theme: ResolvedTheme, name: string) => paletteColour(palettes[theme], name);

/** [foreground, backgrounds it is drawn on]: each pair must reach 4.5:1. */
const TEXT_PAIRS: [string, string[]][] = [
  [
    '--sb-text',
    [
      '--sb-bg',
      '--sb-layer',
      '--sb-inset',
      '--sb-hover',
      '--sb-selected',
      '--sb-table-header',
      '--sb-table-header-soft',
      '--sb-danger-bg',
      '--sb-warning-bg',
      '--sb-success-bg',
      '--sb-tag-gray-bg',
    ],
  ],
  [
    '--sb-text-2',
    [
      '--sb-bg',
      '--sb-layer',
      '--sb-inset',
      '--sb-hover',
      '--sb-selected',
      '--sb-table-header',
      '--sb-table-header-soft',
      '--sb-danger-bg',
      '--sb-warning-bg',
      '--sb-success-bg',
    ],
  ],
  ['--sb-text-3', ['--sb-bg', '--sb-layer', '--sb-inset']],
  ['--sb-link', ['--sb-bg', '--sb-layer', '--sb-inset', '--sb-selected']],
  ['--sb-error-text', ['--sb-bg', '--sb-layer', '--sb-inset', '--sb-danger-bg']],
  ['--sb-on-accent', ['--sb-accent', '--sb-accent-hover', '--sb-danger', '--sb-button-secondary', '--sb-button-secondary-hover']],
  ['--sb-header-text', ['--sb-header']],
  ['--sb-header-link', ['--sb-header']],
  ['--sb-header-logo', ['--sb-header']],
  ['--sb-tag-gray-text', ['--sb-tag-gray-bg']],
  ['--sb-tag-blue-text', ['--sb-tag-blue-bg']],
  ['--sb-tag-green-text', ['--sb-tag-green-bg']],
  ['--sb-tag-red-text', ['--sb-tag-red-bg']],
  ['--sb-tag-yellow-text', ['--sb-tag-yellow-bg']],
  ['--sb-tag-orange-text', ['--sb-tag-orange-bg']],
  ['--sb-syntax-key', ['--sb-layer', '--sb-inset']],
  ['--sb-syntax-string', ['--sb-layer', '--sb-inset']],
  ['--sb-syntax-number', ['--sb-layer', '--sb-inset']],
  ['--sb-syntax-boolean', ['--sb-layer', '--sb-inset']],
  ['--sb-chart-axis', ['--sb-layer', '--sb-inset']],
  // The share toast and the workers panel's "i" are inverse: page colours on text colours.
  ['--sb-bg', ['--sb-text']],
  ['--sb-success-inverse', ['--sb-text']],
  ['--sb-layer', ['--sb-text-3']],
  // Series colours are also the legend's text.
  ...Array.from({ length: 8 }, (_, i): [string, string[]] => [`--sb-chart-series-${i + 1}`, ['--sb-layer']]),
];

/** Graphics that must stand out from what they are drawn on: 3:1. */
const GRAPHIC_PAIRS: [string, string[]][] = [
  ['--sb-focus', ['--sb-bg', '--sb-layer']],
  ['--sb-accent', ['--sb-inset', '--sb-layer']],
  ['--sb-danger', ['--sb-inset', '--sb-layer']],
  ['--sb-chart-axis', ['--sb-layer']],
];

describe.each(THEMES)('the %s palette in app/globals.css', (theme) => {
  it('has a value for every colour the app uses', () => {
    expect(Object.keys(palettes[theme]).length).toBeGreaterThan(60);
  });

  it.each(TEXT_PAIRS)('%s reaches WCAG AA (4.5:1) on every background it is drawn on', (fg, backgrounds) => {
    for (const bg of backgrounds) {
      const ratio = contrastRatio(colour(theme, fg), colour(theme, bg));
      expect(ratio, `${fg} ${colour(theme, fg)} on ${bg} ${colour(theme, bg)}`).toBeGreaterThanOrEqual(AA_TEXT);
    }
  });

  it.each(GRAPHIC_PAIRS)('%s stands out (3:1) from what it is drawn on', (fg, backgrounds) => {
    for (const bg of backgrounds) {
      const ratio = contrastRatio(colour(theme, fg), colour(theme, bg));
      expect(ratio, `${fg} ${colour(theme, fg)} on ${bg} ${colour(theme, bg)}`).toBeGreaterThanOrEqual(AA_GRAPHICS);
    }
  });
});

describe.each(THEMES)('the confusion matrix in the %s theme', (theme) => {
  const shading = MATRIX_SHADING[theme];

  it('starts from the layer the table sits on', () => {
    expect(shading.low).toBe(colour(theme, '--sb-layer'));
  });

  it('has ends far enough apart (3:1) for the diagonal to stand out', () => {
    expect(contrastRatio(shading.low, shading.high)).toBeGreaterThanOrEqual(AA_GRAPHICS);
  });

  it('keeps every cell readable, from the empty end to the full one', () => {
    for (let step = 0; step <= 100; step++) {
      const { background, color } = cellShade(step / 100, shading);
      expect(contrastRatio(color, background), `${color} on ${background} (${step}%)`).toBeGreaterThanOrEqual(AA_TEXT);
    }
  });
});

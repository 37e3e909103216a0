/**
 * Monaco's themes in IBM Carbon's palette, so cells sit on the page like Carbon code snippets:
 * gray 10 in light mode, gray 100 in dark. The backgrounds match --sb-inset in app/globals.css.
 * Monaco takes concrete colours, not CSS variables, so they are listed here; the contrast test
 * (lib/theme/palette.test.ts) checks their text pairs with the CSS palette's.
 */
import type { ResolvedTheme } from '@/lib/theme/themePreference';
import type { Monaco } from './typescriptSetup';

/** A Monaco theme as defineTheme takes it, with the name editors select it by. */
export interface EditorTheme {
  name: string;
  base: 'vs' | 'vs-dark';
  colors: Record<string, string>;
}

export const EDITOR_THEMES: Readonly<Record<ResolvedTheme, EditorTheme>> = {
  light: {
    name: 'sparkbook-light',
    base: 'vs',
    colors: {
      'editor.background': '#f4f4f4', // Carbon gray 10 (layer-01)
      'editor.foreground': '#161616',
      'editor.lineHighlightBackground': '#e8e8e8',
      'editor.lineHighlightBorder': '#00000000',
      'editorLineNumber.foreground': '#6f6f6f', // gray 60: AA on gray 10
      'editorLineNumber.activeForeground': '#161616', // gray 100
      'editorCursor.foreground': '#0f62fe', // blue 60 (interactive)
      'editor.selectionBackground': '#d0e2ff', // blue 20
      'editor.inactiveSelectionBackground': '#e0e0e0',
      'editorGutter.background': '#f4f4f4',
      'editorWidget.background': '#ffffff',
      'editorWidget.border': '#c6c6c6',
      'editorSuggestWidget.background': '#ffffff',
      'editorSuggestWidget.foreground': '#161616',
      'editorSuggestWidget.selectedBackground': '#d0e2ff',
      'editorSuggestWidget.selectedForeground': '#161616',
      'editorSuggestWidget.highlightForeground': '#0f62fe',
      'editorSuggestWidget.focusHighlightForeground': '#0043ce', // blue 70: readable on blue 20
      focusBorder: '#0f62fe',
    },
  },
  dark: {
    name: 'sparkbook-dark',
    base: 'vs-dark',
    colors: {
      'editor.background': '#161616', // Carbon gray 100
      'editor.foreground': '#f4f4f4',
      'editor.lineHighlightBackground': '#262626',
      'editor.lineHighlightBorder': '#00000000',
      'editorLineNumber.foreground': '#8d8d8d', // gray 50: AA on gray 100
      'editorLineNumber.activeForeground': '#f4f4f4',
      'editorCursor.foreground': '#78a9ff', // blue 40
      'editor.selectionBackground': '#0043ce', // blue 70
      'editor.inactiveSelectionBackground': '#393939',
      'editorGutter.background': '#161616',
      'editorWidget.background': '#262626',
      'editorWidget.border': '#525252',
      'editorSuggestWidget.background': '#262626',
      'editorSuggestWidget.foreground': '#f4f4f4',
      'editorSuggestWidget.selectedBackground': '#0043ce',
      'editorSuggestWidget.selectedForeground': '#f4f4f4',
      'editorSuggestWidget.highlightForeground': '#78a9ff',
      'editorSuggestWidget.focusHighlightForeground': '#d0e2ff', // blue 20: readable on blue 70
      focusBorder: '#78a9ff',
    },
  },
};

let defined = false;

/** Defines both themes once per page (themes are global in Monaco). */
export function defineEditorThemes(monaco: Monaco): void {
  if (defined) return;
  defined = true;
  for (const theme of Object.values(EDITOR_THEMES)) {
    monaco.editor.defineTheme(theme.name, { base: theme.base, inherit: true, rules: [], colors: theme.colors });
  }
}

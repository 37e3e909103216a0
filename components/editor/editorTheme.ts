/** Monaco's light theme in IBM Carbon's gray-10 palette, so cells sit on the page like Carbon code snippets. */
import type { Monaco } from './typescriptSetup';

export const EDITOR_THEME = 'sparkbook-light';

let defined = false;

/** Defines the theme once per page (themes are global in Monaco). */
export function defineEditorTheme(monaco: Monaco): void {
  if (defined) return;
  defined = true;
  monaco.editor.defineTheme(EDITOR_THEME, {
    base: 'vs',
    inherit: true,
    rules: [],
    colors: {
      'editor.background': '#f4f4f4', // Carbon gray 10 (layer-01)
      'editor.lineHighlightBackground': '#e8e8e8',
      'editor.lineHighlightBorder': '#00000000',
      'editorLineNumber.foreground': '#8d8d8d', // gray 50
      'editorLineNumber.activeForeground': '#161616', // gray 100
      'editorCursor.foreground': '#0f62fe', // blue 60 (interactive)
      'editor.selectionBackground': '#d0e2ff', // blue 20
      'editor.inactiveSelectionBackground': '#e0e0e0',
      'editorGutter.background': '#f4f4f4',
      'editorWidget.background': '#ffffff',
      'editorWidget.border': '#c6c6c6',
      'editorSuggestWidget.selectedBackground': '#d0e2ff',
      'editorSuggestWidget.selectedForeground': '#161616',
      'editorSuggestWidget.highlightForeground': '#0f62fe',
      'editorSuggestWidget.focusHighlightForeground': '#0043ce', // blue 70: readable on blue 20
      focusBorder: '#0f62fe',
    },
  });
}

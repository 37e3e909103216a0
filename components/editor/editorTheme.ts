/**
 * Monaco's themes in IBM Carbon's palette, so cells sit on the page like Carbon code snippets:
 * gray 10 in light mode, gray 100 in dark. The backgrounds match --sb-inset in app/globals.css.
 * Monaco takes concrete colours, not CSS variables, so they are listed here; the contrast test
 * (lib/theme/palette.test.ts) checks their text pairs with the CSS palette's.
 */
import type { ResolvedTheme } from '@/lib/theme/themePreference';
import type * as MonacoModule from 'monaco-editor';
import type { Monaco } from './typescriptSetup';

/** A Monaco theme as defineTheme takes it, with the name editors select it by. */
export interface EditorTheme {
  name: string;
  base: 'vs' | 'vs-dark';
  colors: Record<string, string>;
  /** Text colours by token kind: Monaco's rules, and the read-only stand-in shown until Monaco loads. */
  tokens: Readonly<Record<TokenKind, TokenStyle>>;
}

/** The kinds of text the stand-in colours (components/editor/standIn/highlightSource.ts). */
export type TokenKind =
  | 'comment'
  | 'string'
  | 'regexp'
  | 'number'
  | 'keyword'
  | 'type'
  | 'delimiter'
  | 'variable'
  | 'emphasis'
  | 'strong'
  | 'invalid'
  | 'bracket1'
  | 'bracket2'
  | 'bracket3';

export interface TokenStyle {
  /** '#rrggbb', or '' to keep the editor's text colour. */
  color: string;
  fontStyle?: 'italic' | 'bold';
  /** The Monaco token this kind is (a rule), or the theme colour it comes from (brackets by depth). */
  monacoToken?: string;
  monacoColor?: string;
}

/**
 * The colours of Monaco's built-in themes (vs and vs-dark, themes.ts in monaco-editor) for the
 * tokens its TypeScript, Markdown and Python tokenizers produce, and of its bracket pair
 * colourisation, which is on by default. Listed here so Monaco and the stand-in read one table.
 */
const LIGHT_TOKENS: Record<TokenKind, TokenStyle> = {
  comment: { color: '#008000', monacoToken: 'comment' },
  string: { color: '#a31515', monacoToken: 'string' },
  regexp: { color: '#800000', monacoToken: 'regexp' },
  number: { color: '#098658', monacoToken: 'number' },
  keyword: { color: '#0000ff', monacoToken: 'keyword' },
  type: { color: '#008080', monacoToken: 'type' },
  delimiter: { color: '#000000', monacoToken: 'delimiter' },
  variable: { color: '#001188', monacoToken: 'variable' },
  emphasis: { color: '', fontStyle: 'italic', monacoToken: 'emphasis' },
  strong: { color: '', fontStyle: 'bold', monacoToken: 'strong' },
  invalid: { color: '#ff1212cc', monacoColor: 'editorBracketHighlight.unexpectedBracket.foreground' },
  bracket1: { color: '#0431fa', monacoColor: 'editorBracketHighlight.foreground1' },
  bracket2: { color: '#319331', monacoColor: 'editorBracketHighlight.foreground2' },
  bracket3: { color: '#7b3814', monacoColor: 'editorBracketHighlight.foreground3' },
};

const DARK_TOKENS: Record<TokenKind, TokenStyle> = {
  comment: { color: '#608b4e', monacoToken: 'comment' },
  string: { color: '#ce9178', monacoToken: 'string' },
  regexp: { color: '#b46695', monacoToken: 'regexp' },
  number: { color: '#b5cea8', monacoToken: 'number' },
  keyword: { color: '#569cd6', monacoToken: 'keyword' },
  type: { color: '#3dc9b0', monacoToken: 'type' },
  delimiter: { color: '#dcdcdc', monacoToken: 'delimiter' },
  variable: { color: '#74b0df', monacoToken: 'variable' },
  emphasis: { color: '', fontStyle: 'italic', monacoToken: 'emphasis' },
  strong: { color: '', fontStyle: 'bold', monacoToken: 'strong' },
  invalid: { color: '#ff1212cc', monacoColor: 'editorBracketHighlight.unexpectedBracket.foreground' },
  bracket1: { color: '#ffd700', monacoColor: 'editorBracketHighlight.foreground1' },
  bracket2: { color: '#da70d6', monacoColor: 'editorBracketHighlight.foreground2' },
  bracket3: { color: '#179fff', monacoColor: 'editorBracketHighlight.foreground3' },
};

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
    tokens: LIGHT_TOKENS,
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
    tokens: DARK_TOKENS,
  },
};

let defined = false;

/** Defines both themes once per page (themes are global in Monaco). */
export function defineEditorThemes(monaco: Monaco): void {
  if (defined) return;
  defined = true;
  for (const theme of Object.values(EDITOR_THEMES)) {
    monaco.editor.defineTheme(theme.name, {
      base: theme.base,
      inherit: true,
      rules: monacoRules(theme),
      colors: { ...monacoTokenColors(theme), ...theme.colors },
    });
  }
}

/** The token table as Monaco's theme rules (the same values its base theme has, stated once here). */
export function monacoRules(theme: EditorTheme): MonacoModule.editor.ITokenThemeRule[] {
  return Object.values(theme.tokens).flatMap(({ color, fontStyle, monacoToken }) =>
    monacoToken ? [{ token: monacoToken, ...(color ? { foreground: color.slice(1) } : {}), ...(fontStyle ? { fontStyle } : {}) }] : [],
  );
}

/** The bracket colours of the token table as Monaco theme colours. */
export function monacoTokenColors(theme: EditorTheme): Record<string, string> {
  return Object.fromEntries(Object.values(theme.tokens).flatMap(({ color, monacoColor }) => (monacoColor ? [[monacoColor, color]] : [])));
}

/**
 * The stand-in's colours as CSS custom properties (--sb-token-<kind>), each a light-dark() pair,
 * so one inline style serves both themes and follows a theme switch without re-rendering.
 */
export function tokenColorVariables(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const kind of Object.keys(LIGHT_TOKENS) as TokenKind[]) {
    const light = EDITOR_THEMES.light.tokens[kind].color;
    const dark = EDITOR_THEMES.dark.tokens[kind].color;
    if (light && dark) vars[`--sb-token-${kind}`] = `light-dark(${light}, ${dark})`;
  }
  return vars;
}

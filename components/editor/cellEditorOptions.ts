import type * as MonacoModule from 'monaco-editor';
import { FONT_FAMILY, FONT_SIZE, LINE_HEIGHT, VERTICAL_PADDING } from './editorLayout';

/**
 * Monaco's options for a notebook cell: sized by its content (the cell grows, the editor never
 * scrolls), no minimap or rulers, and the wheel left to the notebook.
 */
export function cellEditorOptions({
  ariaLabel,
  readOnly,
  isCode,
}: {
  ariaLabel: string;
  readOnly: boolean;
  isCode: boolean;
}): MonacoModule.editor.IStandaloneEditorConstructionOptions {
  return {
    ariaLabel,
    readOnly,
    fontSize: FONT_SIZE,
    fontFamily: FONT_FAMILY,
    lineHeight: LINE_HEIGHT,
    padding: { top: VERTICAL_PADDING, bottom: VERTICAL_PADDING },
    minimap: { enabled: false },
    lineNumbers: 'on',
    lineNumbersMinChars: 3,
    lineDecorationsWidth: 8,
    glyphMargin: false,
    showFoldingControls: 'mouseover',
    scrollBeyondLastLine: false,
    automaticLayout: true,
    wordWrap: 'on',
    fixedOverflowWidgets: true,
    tabSize: 2,
    overviewRulerLanes: 0,
    overviewRulerBorder: false,
    hideCursorInOverviewRuler: true,
    renderLineHighlightOnlyWhenFocus: true,
    stickyScroll: { enabled: false },
    // A short cell can't scroll, so the wheel scrolls the notebook instead.
    scrollbar: { alwaysConsumeMouseWheel: false, verticalScrollbarSize: 10 },
    // Word completions in prose are noise; code keeps TypeScript's.
    quickSuggestions: isCode,
    wordBasedSuggestions: isCode ? 'currentDocument' : 'off',
  };
}

/**
 * The moment Monaco takes over from the stand-in's text field: the editor gets what was typed
 * while it loaded, the field's caret or selection, and the focus if the field had it, all in one
 * task, so no key press falls between the two.
 */
import type * as MonacoModule from 'monaco-editor';

type Editor = Pick<
  MonacoModule.editor.IStandaloneCodeEditor,
  'getModel' | 'setSelection' | 'revealPositionInCenterIfOutsideViewport' | 'focus'
>;

export function takeOverFromField(editor: Editor, field: HTMLTextAreaElement | null, focus: boolean): void {
  const model = editor.getModel();
  if (!model) return;
  if (field) {
    // The notebook has these edits already; the model may have been seeded before the last of them.
    if (model.getValue() !== field.value) {
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text: field.value }], () => null);
    }
    const start = model.getPositionAt(field.selectionStart);
    const end = model.getPositionAt(field.selectionEnd);
    editor.setSelection({
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    });
    editor.revealPositionInCenterIfOutsideViewport(end);
  }
  const fieldHadFocus = field !== null && field.ownerDocument.activeElement === field;
  if (fieldHadFocus || focus) editor.focus();
}

import { describe, expect, it } from 'vitest';
import { takeOverFromField } from './handOver';

/** A text model with Monaco's offset <-> (line, column) arithmetic, 1-based as Monaco's is. */
class TextModel {
  constructor(public text: string) {}
  getValue() {
    return this.text;
  }
  getPositionAt(offset: number) {
    const before = this.text.slice(0, offset).split('\n');
    return { lineNumber: before.length, column: before[before.length - 1].length + 1 };
  }
  getFullModelRange() {
    return { startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 1 };
  }
  pushEditOperations(_: unknown, edits: { text: string }[]) {
    this.text = edits[0].text;
    return null;
  }
}

function setUp(modelText: string, field: { value: string; selectionStart: number; selectionEnd: number; focused: boolean } | null) {
  const model = new TextModel(modelText);
  const calls: string[] = [];
  let selection: unknown = null;
  const editor = {
    getModel: () => model,
    setSelection: (s: unknown) => {
      selection = s;
    },
    revealPositionInCenterIfOutsideViewport: () => {},
    focus: () => calls.push('focus'),
  };
  const doc = { activeElement: null as unknown };
  const element = field && { ...field, ownerDocument: doc };
  if (field?.focused) doc.activeElement = element;
  takeOverFromField(editor as never, element as never, false);
  return { model, calls, selection: () => selection };
}

describe('takeOverFromField', () => {
  it('puts the caret where it was in the field, and takes the focus the field had', () => {
    const { calls, selection } = setUp('const a = 1;\nconst b = 2;', {
      value: 'const a = 1;\nconst b = 2;',
      selectionStart: 19,
      selectionEnd: 19,
      focused: true,
    });
    expect(selection()).toEqual({ startLineNumber: 2, startColumn: 7, endLineNumber: 2, endColumn: 7 });
    expect(calls).toEqual(['focus']);
  });

  it('keeps a selection made in the field', () => {
    const { selection } = setUp('abc\ndef', { value: 'abc\ndef', selectionStart: 1, selectionEnd: 6, focused: true });
    expect(selection()).toEqual({ startLineNumber: 1, startColumn: 2, endLineNumber: 2, endColumn: 3 });
  });

  it('gives the editor what was typed into the field after the model was seeded', () => {
    const { model } = setUp('x', { value: 'x = 42', selectionStart: 6, selectionEnd: 6, focused: true });
    expect(model.getValue()).toBe('x = 42');
  });

  it('leaves the focus where it is when the reader has moved on from the field', () => {
    const { calls } = setUp('x', { value: 'x', selectionStart: 0, selectionEnd: 0, focused: false });
    expect(calls).toEqual([]);
  });
});

/**
 * Where in a cell's source a click landed, for the stand-in shown until Monaco loads: the
 * stand-in's text content is the source itself (line numbers are drawn by CSS, not text), so the
 * offset of a DOM caret position is the length of the text before it.
 */

/** The source offset of the DOM position (node, offset) inside `container`; null when it isn't inside. */
export function sourceOffset(container: Node, node: Node, offset: number): number | null {
  if (!container.contains(node)) return null;
  const range = (container.ownerDocument ?? document).createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The source offset under the point (clientX, clientY), where the browser can tell; null otherwise. */
export function sourceOffsetAtPoint(container: HTMLElement, x: number, y: number): number | null {
  const doc = container.ownerDocument;
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? sourceOffset(container, position.offsetNode, position.offset) : null;
  }
  const legacy = doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null };
  if (typeof legacy.caretRangeFromPoint === 'function') {
    const range = legacy.caretRangeFromPoint(x, y);
    return range ? sourceOffset(container, range.startContainer, range.startOffset) : null;
  }
  return null;
}

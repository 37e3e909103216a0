/**
 * Bounds on how deeply Markdown may nest. The Markdown pipeline (mdast, hast, the JSX runtime and
 * React itself) recurses once per level, so a cell of 2,000 `>` characters overflows the stack and
 * would take the page down. Over-deep Markdown is shown as plain text instead. The limits are far
 * beyond anything a person writes: Markdown nested past a handful of levels is already unreadable.
 */
import type { Root, RootContent } from 'mdast';

/** Blockquotes and list items opened on one line, counting indentation as list nesting. */
export const MAX_BLOCK_NESTING = 32;
/** Levels of the parsed Markdown tree (each list level is two: the list and its item). */
export const MAX_TREE_DEPTH = 100;

const isDigit = (c: string) => c >= '0' && c <= '9';

/**
 * How many block containers (blockquote markers, list markers, and list levels implied by
 * indentation) open at the start of the deepest line. Linear in the source and never recursive,
 * so it can run before the parser; it over-counts rather than under-counts (on a line with a
 * marker, indentation counts one level per two columns, the least a list level needs).
 */
export function blockNestingDepth(source: string): number {
  let deepest = 0;
  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    let i = lineStart;
    let markers = 0;
    let indent = 0;
    while (i < lineEnd) {
      const c = source[i];
      const next = i + 1 < lineEnd ? source[i + 1] : ' ';
      if (c === ' ' || c === '\t') {
        // A marker's own separating space is not indentation; the rest of the run is.
        const width = c === '\t' ? 4 : 1;
        indent += markers > 0 && source[i - 1] !== ' ' && source[i - 1] !== '\t' ? width - 1 : width;
      } else if (c === '>') markers += 1;
      else if ((c === '-' || c === '*' || c === '+') && (next === ' ' || next === '\t')) markers += 1;
      else if (isDigit(c)) {
        // An ordered list marker: up to nine digits, then `.` or `)`, then a space or the line's end.
        let j = i;
        while (j < lineEnd && j - i < 9 && isDigit(source[j])) j += 1;
        const after = j + 1 < lineEnd ? source[j + 1] : ' ';
        if ((source[j] !== '.' && source[j] !== ')') || (after !== ' ' && after !== '\t')) break;
        markers += 1;
        i = j;
      } else break;
      i += 1;
    }
    const depth = markers === 0 ? 0 : markers + Math.floor(indent / 2);
    if (depth > deepest) deepest = depth;
    lineStart = lineEnd + 1;
  }
  return deepest;
}

/** The depth of a tree (the root alone is 1), walked with an explicit stack so any depth is safe. */
export function treeDepth(root: Root): number {
  let deepest = 0;
  const stack: { node: Root | RootContent; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if ('children' in node) for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
  }
  return deepest;
}

/** The note shown above Markdown that is rendered as plain text for being nested too deeply. */
export const TOO_DEEP_NOTE = 'This Markdown is nested too deeply to display, so it is shown as plain text. Edit it to nest less.';

/**
 * A remark plugin for what the line-based check cannot see (emphasis or links nested inside one
 * another): when the parsed tree is deeper than MAX_TREE_DEPTH, it is replaced by the note and
 * the source as a code block, before the recursive stages after the parser run.
 */
export function remarkDepthLimit() {
  return (tree: Root, file: { value: unknown }) => {
    if (treeDepth(tree) <= MAX_TREE_DEPTH) return;
    tree.children = [
      { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: TOO_DEEP_NOTE }] }] },
      { type: 'code', value: String(file.value) },
    ];
  };
}

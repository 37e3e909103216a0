import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { blockNestingDepth, MAX_BLOCK_NESTING, MAX_TREE_DEPTH, remarkDepthLimit, TOO_DEEP_NOTE, treeDepth } from './markdownDepth';

describe('blockNestingDepth', () => {
  it('is 0 for prose, headings and code', () => {
    expect(blockNestingDepth('# Title\n\nSome *text* with a > b and 3. things\n\n```\nconst x = 1;\n```')).toBe(0);
    expect(blockNestingDepth('plain text')).toBe(0);
    expect(blockNestingDepth('')).toBe(0);
  });

  it('counts blockquote markers, with or without spaces between them', () => {
    expect(blockNestingDepth('> quote')).toBe(1);
    expect(blockNestingDepth('>>> deep')).toBe(3);
    expect(blockNestingDepth('> > > deep')).toBe(3);
    expect(blockNestingDepth('>'.repeat(2000))).toBe(2000);
  });

  it('counts list markers opened on one line, bulleted and ordered', () => {
    expect(blockNestingDepth('- item')).toBe(1);
    expect(blockNestingDepth('- * + 1. 2) x')).toBe(5);
    expect(blockNestingDepth('1.5 is a number')).toBe(0);
    expect(blockNestingDepth('-not a list')).toBe(0);
  });

  it('counts lists nested by indentation, one level per two columns', () => {
    const nested = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    expect(blockNestingDepth(nested)).toBe(40);
    expect(blockNestingDepth('- a\n  - b\n    - c')).toBe(3);
  });

  it('takes the deepest line', () => {
    expect(blockNestingDepth('> a\n\n>>>> b\n\n> c')).toBe(4);
  });

  it('leaves ordinary nested Markdown well inside the limit', () => {
    expect(blockNestingDepth('> - quoted list\n>   - nested\n>     1. ordered')).toBeLessThan(MAX_BLOCK_NESTING);
  });
});

describe('treeDepth', () => {
  it('walks a tree deeper than the call stack allows', () => {
    let node: Root['children'][number] = { type: 'text', value: 'x' };
    for (let i = 0; i < 100_000; i++) node = { type: 'emphasis', children: [node] } as never;
    const root: Root = { type: 'root', children: [{ type: 'paragraph', children: [node as never] }] };
    expect(treeDepth(root)).toBe(100_003);
  });
});

describe('remarkDepthLimit', () => {
  const nestedEmphasis = (levels: number): Root => {
    let node: Root['children'][number] = { type: 'text', value: 'x' };
    for (let i = 0; i < levels; i++) node = { type: 'emphasis', children: [node] } as never;
    return { type: 'root', children: [{ type: 'paragraph', children: [node as never] }] };
  };

  it('replaces an over-deep tree with a note and the source as a code block', () => {
    const tree = nestedEmphasis(MAX_TREE_DEPTH);
    remarkDepthLimit()(tree, { value: '*'.repeat(5) });
    expect(tree.children).toEqual([
      { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: TOO_DEEP_NOTE }] }] },
      { type: 'code', value: '*****' },
    ]);
  });

  it('leaves a tree within the limit alone', () => {
    const tree = nestedEmphasis(MAX_TREE_DEPTH - 3);
    const before = structuredClone(tree);
    remarkDepthLimit()(tree, { value: '' });
    expect(tree).toEqual(before);
  });
});

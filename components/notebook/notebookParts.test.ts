import { describe, expect, it } from 'vitest';
import { INLINE_CHARS, INLINE_ITEMS, PART_CHARS, PART_ITEMS, PartAssembler, splitIntoParts } from './notebookParts';

const roundTrip = <T>(value: T): T => {
  const { skeleton, parts } = splitIntoParts(value);
  // Through structured clone, as between a worker and the page.
  const assembler = new PartAssembler(structuredClone(skeleton));
  for (const part of parts) assembler.add(structuredClone(part));
  return assembler.finish();
};

describe('splitIntoParts and PartAssembler', () => {
  it('leave a small notebook whole, in the skeleton', () => {
    const nb = { id: 'n', cells: [{ id: 'a', source: 'x = 1', outputs: [{ output_type: 'stream', text: 'hello\n' }] }] };
    const { skeleton, parts } = splitIntoParts(nb);
    expect(parts).toEqual([]);
    expect(skeleton).toEqual(nb);
  });

  it('cut long texts into pieces no longer than a part, and put them back exactly', () => {
    const log = 'epoch 1 - loss 0.5\n'.repeat(100_000);
    const nb = { cells: [{ outputs: [{ text: log }, { text: 'short' }] }, { outputs: [{ text: log.slice(7) }] }] };
    const { skeleton, parts } = splitIntoParts(nb);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect('text' in part && part.text.length).toBeLessThanOrEqual(PART_CHARS);
    expect(JSON.stringify(skeleton).length).toBeLessThan(INLINE_CHARS);
    expect(roundTrip(nb)).toEqual(nb);
  });

  it('cut long arrays (a table’s rows) into slices, and put them back in order', () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => [i, `row ${i}`, i % 2 === 0, null]);
    const nb = { cells: [{ outputs: [{ data: { table: { columns: ['a', 'b', 'c', 'd'], rows, totalRows: rows.length } } }] }] };
    const { parts } = splitIntoParts(nb);
    expect(parts).toHaveLength(Math.ceil(rows.length / PART_ITEMS));
    expect(roundTrip(nb)).toEqual(nb);
  });

  it('keep arrays up to the inline size as they are', () => {
    const nb = { cells: Array.from({ length: INLINE_ITEMS }, (_, i) => ({ id: `c${i}` })) };
    expect(splitIntoParts(nb).parts).toEqual([]);
  });

  it('keep keys named like Object’s own properties as ordinary keys', () => {
    const metadata = JSON.parse('{"__proto__": {"polluted": true}, "constructor": "x"}');
    const nb = { metadata, cells: [{ text: 'y'.repeat(INLINE_CHARS + 1) }] };
    const back = roundTrip(nb);
    expect(Object.hasOwn(back.metadata, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(back.metadata)).toBe(Object.prototype);
    expect(back.cells[0].text).toHaveLength(INLINE_CHARS + 1);
  });

  it('refuse a part that names a place the skeleton lacks', () => {
    const assembler = new PartAssembler({ cells: [] as unknown[] });
    assembler.add({ path: ['cells', 3, 'text'], text: 'x' });
    expect(() => assembler.finish()).toThrow(/isn't there/);
  });
});

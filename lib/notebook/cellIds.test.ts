import { describe, expect, it } from 'vitest';
import { toNbformatCellIds } from './cellIds';

const valid = /^[a-zA-Z0-9-_]{1,64}$/;

describe('toNbformatCellIds', () => {
  it('keeps valid ids as they are', () => {
    expect(toNbformatCellIds(['a', 'B-2_c'])).toEqual(['a', 'B-2_c']);
  });

  it('cleans invalid characters and cuts long ids to 64', () => {
    expect(toNbformatCellIds(['a.b c', 'é'.repeat(3), 'x'.repeat(70)])).toEqual(['a-b-c', '---', 'x'.repeat(64)]);
  });

  it('generates ids for missing or empty ones', () => {
    const [a, b] = toNbformatCellIds([undefined, '']);
    expect(a).toMatch(valid);
    expect(b).toMatch(valid);
    expect(a).not.toBe(b);
  });

  it('never lets a cleaned id collide with another cell', () => {
    const ids = toNbformatCellIds(['a b', 'a-b', 'a/b', 'a-b']);
    expect(ids[1]).toBe('a-b');
    expect(new Set(ids.slice(0, 3)).size).toBe(3);
    ids.forEach((id) => expect(id).toMatch(valid));
  });
});

import { describe, expect, it } from 'vitest';
import { cellHref, cellIdFromHash } from './cellLink';

describe('cell links', () => {
  it('point at a cell of a notebook', () => {
    expect(cellHref('nb123', 'c9f2')).toBe('/notebooks/nb123#cell-c9f2');
  });

  it('read back the cell id they were made with, even an odd one', () => {
    for (const id of ['c9f2', 'cell with spaces', 'ü/ß#?']) {
      expect(cellIdFromHash(new URL(cellHref('nb', id), 'http://x').hash)).toBe(id);
    }
  });

  it('ignore other hashes and broken escapes', () => {
    expect(cellIdFromHash('')).toBeNull();
    expect(cellIdFromHash('#cell-')).toBeNull();
    expect(cellIdFromHash('#section-2')).toBeNull();
    expect(cellIdFromHash('#cell-%E0%A4%A')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8 } from './utf8Text';

const valid = (bytes: number[]) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
    return true;
  } catch {
    return false;
  }
};

describe('firstInvalidUtf8', () => {
  it('agrees with the browser decoder on overlong forms, surrogates, truncation and code points past U+10FFFF', () => {
    const cases: number[][] = [
      [0x41, 0xc3, 0xa9], // é
      [0xe6, 0x9d, 0xb1], // 東
      [0xf0, 0x9f, 0x98, 0x80], // an emoji
      [0xc0, 0xaf], // overlong /
      [0xe0, 0x80, 0xaf], // overlong
      [0xed, 0xa0, 0x80], // a UTF-16 surrogate
      [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
      [0x41, 0xe6, 0x9d], // cut off
      [0x80], // a continuation byte alone
    ];
    for (const bytes of cases) expect(firstInvalidUtf8(new Uint8Array(bytes)) === -1, JSON.stringify(bytes)).toBe(valid(bytes));
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xe6, 0x9d]))).toBe(2);
  });

  it('gives the offset and line of the first bad byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('a\nb\nc'), 0xe9]);
    expect(decodeUtf8(bytes)).toEqual({ problem: { offset: 5, line: 3, byte: 0xe9, likely: 'Latin-1 or Windows-1252' } });
  });
});

import { describe, expect, it } from 'vitest';
import { stripAnsi } from './ansi';

describe('stripAnsi', () => {
  it('removes the colour codes IPython puts in tracebacks', () => {
    expect(stripAnsi('\u001b[0;31mValueError\u001b[0m: bad')).toBe('ValueError: bad');
  });

  it('removes OSC hyperlinks but keeps their text', () => {
    expect(stripAnsi('\u001b]8;;http://x\u0007link\u001b]8;;\u0007')).toBe('link');
  });

  it('leaves ordinary text alone', () => {
    expect(stripAnsi('a [0] b')).toBe('a [0] b');
  });
});

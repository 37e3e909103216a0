import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { lzRunLength, lzRunPayload } from '../../bench/bigInputs.mjs';
import { lzTextLength } from './lzTextLength';

/** A deterministic pseudo-random source, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sampleTexts(): string[] {
  const rand = random(7);
  const texts = [
    'a',
    'ab',
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    'ünïcode ✓ 😀 \u0000 \uffff',
    JSON.stringify({ cells: [{ source: 'x'.repeat(3000) }] }),
  ];
  for (let n = 0; n < 60; n++) {
    const alphabet = n % 3 === 0 ? 'ab' : n % 3 === 1 ? 'abcdefgh \n{}' : 'aé€😀\u0001';
    const length = Math.floor(rand() * 5000) + 1;
    texts.push(Array.from({ length }, () => alphabet[Math.floor(rand() * alphabet.length)]).join(''));
  }
  return texts;
}

describe('lzTextLength', () => {
  it('gives the length lz-string decompresses to, for many texts', () => {
    for (const text of sampleTexts()) {
      expect(lzTextLength(compressToEncodedURIComponent(text), Infinity)).toEqual({ kind: 'fits', length: text.length });
    }
  });

  it('calls a payload damaged exactly when lz-string returns nothing for it', () => {
    const rand = random(11);
    const payloads = sampleTexts().flatMap((text) => {
      const whole = compressToEncodedURIComponent(text);
      const cut = whole.slice(0, Math.max(1, Math.floor(rand() * whole.length)));
      const i = Math.floor(rand() * whole.length);
      const altered = whole.slice(0, i) + 'Q' + whole.slice(i + 1);
      return [cut, altered];
    });
    payloads.push('AAAA', '@@not-lz@@', 'B', '$$$$$$');
    for (const payload of payloads) {
      const text = decompressFromEncodedURIComponent(payload);
      const measured = lzTextLength(payload, Infinity);
      if (!text) expect(measured).toEqual({ kind: 'damaged' });
      else expect(measured).toEqual({ kind: 'fits', length: text.length });
    }
    expect(lzTextLength('', Infinity)).toEqual({ kind: 'damaged' });
  });

  it('reads the crafted run payloads of the tests as lz-string does', () => {
    expect(decompressFromEncodedURIComponent(lzRunPayload('a', 300))).toBe('a'.repeat(lzRunLength(300)));
    expect(lzTextLength(lzRunPayload('a', 300), Infinity)).toEqual({ kind: 'fits', length: lzRunLength(300) });
  });

  it('stops reading as soon as the text passes the limit', () => {
    // 98 million characters from a 33 KB payload: each code is one character longer than the last.
    const payload = lzRunPayload('a', 14_000);
    expect(payload.length).toBeLessThan(34_000);
    const measured = lzTextLength(payload, 50_000_000);
    expect(measured.kind).toBe('too-long');
    // Half the text takes about 70% of the codes (√½); it stops there rather than reading on.
    if (measured.kind === 'too-long') expect(measured.charsRead).toBeLessThan(payload.length * 0.75);
    expect(lzTextLength(payload, lzRunLength(14_000))).toEqual({ kind: 'fits', length: lzRunLength(14_000) });
    expect(lzTextLength(payload, lzRunLength(14_000) - 1).kind).toBe('too-long');
  });
});

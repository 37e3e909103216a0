/**
 * Uploaded text must be UTF-8: the check finds the first byte that isn't, so the message can say
 * where (byte, line) and what the file probably is (UTF-16, Latin-1/Windows-1252).
 */

/** Where a byte sequence stops being UTF-8. */
export interface Utf8Problem {
  /** Offset of the first bad byte (0-based). */
  offset: number;
  /** 1-based line of that byte. */
  line: number;
  /** The bad byte's value. */
  byte: number;
  /** A guess at the file's real encoding, for the message. */
  likely: 'UTF-16' | 'Latin-1 or Windows-1252' | 'not text';
}

/** Length of a UTF-8 sequence from its lead byte, 0 if it can't start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The first invalid UTF-8 sequence's offset, or -1 when every byte is valid. Overlong and surrogate forms count as invalid, as TextDecoder's fatal mode does. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const len = sequenceLength(lead);
    if (len === 0 || i + len > n) return i;
    const second = bytes[i + 1];
    // The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates or code points past U+10FFFF).
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function guessEncoding(bytes: Uint8Array): Utf8Problem['likely'] {
  const bom16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bom16) return 'UTF-16';
  const head = bytes.subarray(0, 4096);
  let zeros = 0;
  for (const b of head) if (b === 0) zeros++;
  // UTF-16 text of ASCII characters is every other byte zero; other binary has zeros too, but fewer.
  if (zeros > head.length / 3) return 'UTF-16';
  return zeros > 0 ? 'not text' : 'Latin-1 or Windows-1252';
}

/** Decodes UTF-8 text (a leading byte-order mark dropped), or says where it isn't UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: Utf8Problem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    return { problem: { offset, line: countLines(bytes, offset), byte: bytes[offset] ?? 0, likely: guessEncoding(bytes) } };
  }
}

/**
 * The length of the text an lz-string link payload (compressToEncodedURIComponent) decompresses
 * to, found without building the text, and given up as soon as it passes a limit.
 *
 * Why: lz-string's LZW can grow quadratically, so a link of a few tens of KB can hold a text of
 * hundreds of MB, and its decompressor offers no way to stop part-way: it builds the whole text
 * (and the tab runs out of memory) before anyone can look at its size. This walks the same codes
 * as lz-string 1.5's `_decompress` but keeps only the length of each dictionary entry, so it
 * allocates one number per code, whatever the text's size. Only a payload that fits is then
 * handed to lz-string itself, which stays the one that produces the text.
 */

const URI_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const CHAR_VALUES = new Map([...URI_ALPHABET].map((ch, i) => [ch, i] as const));
/** Each payload character carries 6 bits, read from its highest bit down. */
const FIRST_BIT = 32;

export type LzTextLength =
  /** lz-string would return a text of this many UTF-16 code units. */
  | { kind: 'fits'; length: number }
  /** The text passes `limit`; measuring stopped after reading `charsRead` payload characters. */
  | { kind: 'too-long'; charsRead: number }
  /** lz-string would return "" or null: the payload is cut short or corrupt. */
  | { kind: 'damaged' };

export function lzTextLength(payload: string, limit: number): LzTextLength {
  if (payload === '') return { kind: 'damaged' };
  const valueAt = (i: number) => CHAR_VALUES.get(payload.charAt(i)) ?? 0;
  let value = valueAt(0);
  let position = FIRST_BIT;
  let index = 1;
  const readBits = (count: number): number => {
    let bits = 0;
    for (let power = 1, i = 0; i < count; i++, power *= 2) {
      if (value & position) bits += power;
      position >>= 1;
      if (position === 0) {
        position = FIRST_BIT;
        value = valueAt(index++);
      }
    }
    return bits;
  };

  // Codes 0 and 1 bring a new 8- or 16-bit character, 2 ends the text, later codes name entries.
  const first = readBits(2);
  if (first === 2) return { kind: 'damaged' };
  readBits(first === 0 ? 8 : 16);
  // entryLengths[code] for codes 3 and up; 0..2 are the control codes above.
  const entryLengths: number[] = [0, 0, 0, 1];
  let previousLength = 1;
  let total = 1;
  let numBits = 3;
  let enlargeIn = 4;
  const countDown = () => {
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  };

  for (;;) {
    if (index > payload.length) return { kind: 'damaged' };
    let code = readBits(numBits);
    if (code === 2) return { kind: 'fits', length: total };
    if (code === 0 || code === 1) {
      readBits(code === 0 ? 8 : 16);
      entryLengths.push(1);
      code = entryLengths.length - 1;
      countDown(); // a new character grows the dictionary too, before the entry below is added
    }
    let length: number;
    if (code < entryLengths.length) length = entryLengths[code];
    else if (code === entryLengths.length) length = previousLength + 1;
    else return { kind: 'damaged' };
    total += length;
    if (total > limit) return { kind: 'too-long', charsRead: index };
    entryLengths.push(previousLength + 1);
    countDown();
    previousLength = length;
  }
}

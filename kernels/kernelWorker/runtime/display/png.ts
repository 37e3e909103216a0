/**
 * A small PNG encoder for the kernel worker, which has no canvas and no zlib: 8-bit grayscale
 * or RGB, filter "None", and a one-block deflate stream with the fixed Huffman code. Matches are
 * looked for only at the distances that repeat in a picture (the previous byte, the previous
 * pixel, the pixel above), which is what makes digit grids small: mostly runs of background.
 * Synchronous on purpose, so show.images can be a plain function like the rest of `show`.
 */

/** Pixels to encode: `channels` bytes per pixel (1 = grey, 3 = RGB), rows top to bottom. */
export interface RasterImage {
  width: number;
  height: number;
  channels: 1 | 3;
  pixels: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO-HDLC), as PNG chunks use it. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Adler-32, the zlib stream's checksum. */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length;) {
    // 5552 bytes is the most that can be summed before the 32-bit sums must be reduced.
    const end = Math.min(bytes.length, i + 5552);
    for (; i < end; i++) {
      a += bytes[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** Writes bits least-significant first, as deflate packs them. */
class BitWriter {
  private bytes: number[] = [];
  private bitBuffer = 0;
  private bitCount = 0;

  bits(value: number, count: number) {
    this.bitBuffer |= value << this.bitCount;
    this.bitCount += count;
    while (this.bitCount >= 8) {
      this.bytes.push(this.bitBuffer & 0xff);
      this.bitBuffer >>>= 8;
      this.bitCount -= 8;
    }
  }

  /** A Huffman code: deflate stores these most-significant bit first. */
  code(code: number, length: number) {
    let reversed = 0;
    for (let i = 0; i < length; i++) reversed = (reversed << 1) | ((code >>> i) & 1);
    this.bits(reversed, length);
  }

  finish(): number[] {
    if (this.bitCount > 0) this.bytes.push(this.bitBuffer & 0xff);
    this.bitBuffer = 0;
    this.bitCount = 0;
    return this.bytes;
  }
}

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385,
  24577,
];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const MAX_MATCH = 258;
const MAX_DISTANCE = 32768;

/** The fixed literal/length code (RFC 1951 §3.2.6). */
function writeLiteralLength(out: BitWriter, symbol: number) {
  if (symbol <= 143) out.code(0x30 + symbol, 8);
  else if (symbol <= 255) out.code(0x190 + symbol - 144, 9);
  else if (symbol <= 279) out.code(symbol - 256, 7);
  else out.code(0xc0 + symbol - 280, 8);
}

/** The last index i with table[i] <= value. */
function bucket(table: number[], value: number): number {
  let i = table.length - 1;
  while (table[i] > value) i--;
  return i;
}

function writeMatch(out: BitWriter, length: number, distance: number) {
  const li = bucket(LENGTH_BASE, length);
  writeLiteralLength(out, 257 + li);
  if (LENGTH_EXTRA[li]) out.bits(length - LENGTH_BASE[li], LENGTH_EXTRA[li]);
  const di = bucket(DIST_BASE, distance);
  out.code(di, 5);
  if (DIST_EXTRA[di]) out.bits(distance - DIST_BASE[di], DIST_EXTRA[di]);
}

/**
 * A zlib stream (RFC 1950) of `data`: one final deflate block with the fixed code, back
 * references tried at the given distances only.
 */
export function zlibDeflate(data: Uint8Array, distances: number[] = [1]): Uint8Array {
  const usable = [...new Set(distances)].filter((d) => d >= 1 && d <= MAX_DISTANCE);
  const out = new BitWriter();
  out.bits(1, 1); // BFINAL
  out.bits(1, 2); // BTYPE = 01, fixed Huffman codes
  for (let i = 0; i < data.length;) {
    let bestLength = 0;
    let bestDistance = 0;
    const limit = Math.min(MAX_MATCH, data.length - i);
    for (const d of usable) {
      if (d > i) continue;
      let length = 0;
      while (length < limit && data[i + length] === data[i + length - d]) length++;
      if (length > bestLength) {
        bestLength = length;
        bestDistance = d;
      }
    }
    if (bestLength >= 3) {
      writeMatch(out, bestLength, bestDistance);
      i += bestLength;
    } else {
      writeLiteralLength(out, data[i]);
      i++;
    }
  }
  writeLiteralLength(out, 256); // end of block
  const body = out.finish();
  const stream = new Uint8Array(2 + body.length + 4);
  stream[0] = 0x78; // deflate, 32 KiB window
  stream[1] = 0x01; // no dictionary, fastest; (0x78 << 8 | 0x01) % 31 === 0
  stream.set(body, 2);
  const check = adler32(data);
  const end = stream.length;
  stream[end - 4] = check >>> 24;
  stream[end - 3] = (check >>> 16) & 0xff;
  stream[end - 2] = (check >>> 8) & 0xff;
  stream[end - 1] = check & 0xff;
  return stream;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

/** The PNG file of an image. */
export function encodePng({ width, height, channels, pixels }: RasterImage): Uint8Array {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new Error(`encodePng: width and height must be positive integers (got ${width}×${height})`);
  }
  const rowBytes = width * channels;
  if (pixels.length !== rowBytes * height) {
    throw new Error(`encodePng: expected ${rowBytes * height} bytes for ${width}×${height}×${channels}, got ${pixels.length}`);
  }
  // Each scanline starts with its filter type; 0 (None) keeps the encoder simple.
  const raw = new Uint8Array((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * rowBytes, (y + 1) * rowBytes), y * (rowBytes + 1) + 1);

  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header[8] = 8; // bit depth
  header[9] = channels === 3 ? 2 : 0; // colour type: truecolour or greyscale
  // compression 0, filter 0, interlace 0

  const parts = [
    Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
    chunk('IHDR', header),
    chunk('IDAT', zlibDeflate(raw, [1, channels, rowBytes + 1])),
    chunk('IEND', new Uint8Array(0)),
  ];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    png.set(p, offset);
    offset += p.length;
  }
  return png;
}

/** Base64 of bytes, in slices so a large image doesn't overflow String.fromCharCode's arguments. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

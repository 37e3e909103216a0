import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { adler32, crc32, encodePng, toBase64, zlibDeflate } from './png';

/** Reads a PNG's chunks back, checking each CRC. */
function chunks(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: { type: string; data: Uint8Array }[] = [];
  for (let o = 8; o < png.length;) {
    const length = view.getUint32(o);
    const type = String.fromCharCode(...png.subarray(o + 4, o + 8));
    const data = png.subarray(o + 8, o + 8 + length);
    expect(view.getUint32(o + 8 + length), `CRC of ${type}`).toBe(crc32(png, o + 4, o + 8 + length));
    out.push({ type, data });
    o += 12 + length;
  }
  return out;
}

describe('checksums', () => {
  it('computes the standard CRC-32 and Adler-32 check values', () => {
    const bytes = new TextEncoder().encode('123456789');
    expect(crc32(bytes)).toBe(0xcbf43926);
    expect(adler32(new TextEncoder().encode('Wikipedia'))).toBe(0x11e60398);
  });
});

describe('zlibDeflate', () => {
  it('writes streams that zlib inflates back to the same bytes', () => {
    const random = Uint8Array.from({ length: 5000 }, (_, i) => (i * 2654435761) >>> 24);
    const runs = new Uint8Array(70_000).fill(7);
    runs.set([1, 2, 3, 1, 2, 3, 1, 2, 3], 100);
    for (const data of [new Uint8Array(0), Uint8Array.of(42), random, runs]) {
      const stream = zlibDeflate(data, [1, 3, 280]);
      expect(new Uint8Array(inflateSync(stream))).toEqual(data);
    }
  });

  it('compresses long runs to a small fraction of their size', () => {
    const runs = new Uint8Array(100_000).fill(255);
    expect(zlibDeflate(runs).length).toBeLessThan(1_000);
  });
});

describe('encodePng', () => {
  it('writes a greyscale PNG whose pixels decode back, scanline filters included', () => {
    const pixels = Uint8Array.from({ length: 6 * 4 }, (_, i) => i * 10);
    const png = encodePng({ width: 6, height: 4, channels: 1, pixels });
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const ihdr = new DataView(parts[0].data.buffer, parts[0].data.byteOffset);
    expect([ihdr.getUint32(0), ihdr.getUint32(4), parts[0].data[8], parts[0].data[9]]).toEqual([6, 4, 8, 0]);
    const raw = new Uint8Array(inflateSync(parts[1].data));
    for (let y = 0; y < 4; y++) {
      expect(raw[y * 7]).toBe(0);
      expect([...raw.subarray(y * 7 + 1, y * 7 + 7)]).toEqual([...pixels.subarray(y * 6, y * 6 + 6)]);
    }
  });

  it('marks RGB images as truecolour', () => {
    const png = encodePng({ width: 2, height: 1, channels: 3, pixels: Uint8Array.of(255, 0, 0, 0, 0, 255) });
    expect(chunks(png)[0].data[9]).toBe(2);
  });

  it('refuses pixel data of the wrong size, saying what it expected', () => {
    expect(() => encodePng({ width: 2, height: 2, channels: 1, pixels: new Uint8Array(3) })).toThrow('expected 4 bytes for 2×2×1, got 3');
  });
});

describe('toBase64', () => {
  it('encodes large buffers in slices', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => i & 0xff);
    expect(Buffer.from(toBase64(bytes), 'base64').equals(Buffer.from(bytes))).toBe(true);
  });
});

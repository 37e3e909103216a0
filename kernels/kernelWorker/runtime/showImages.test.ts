import * as tf from '@tensorflow/tfjs';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createShow } from './show';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const show = createShow();

/** Width, height and RGB pixels of a PNG from show.images (one IDAT, filter 0 rows). */
function decode(base64: string) {
  const png = Buffer.from(base64, 'base64');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idatLength = png.readUInt32BE(33);
  expect(png.toString('latin1', 37, 41)).toBe('IDAT');
  const raw = inflateSync(png.subarray(41, 41 + idatLength));
  const pixel = (x: number, y: number) => [...raw.subarray(y * (width * 3 + 1) + 1 + x * 3, y * (width * 3 + 1) + 1 + x * 3 + 3)];
  return { width, height, pixel };
}

describe('show.images', () => {
  it('draws a grid of images scaled up on white, with a text twin naming the labels', () => {
    const digits = tf.tidy(() => tf.ones([3, 4, 4]).mul(tf.tensor([0, 0.5, 1]).reshape([3, 1, 1])));
    const bundle = show.images(digits, { labels: ['0>1', 2, 'x'], columns: 2, scale: 2 });
    expect(bundle.data['text/plain']).toBe('<3 images of 4×4: 0>1, 2, x>');
    const { width, height, pixel } = decode(bundle.data['image/png'] as string);
    // Two columns 22 pixels wide (the widest label, "0>1": 3 glyphs of 3 + 2 blank columns, at scale 2), 6-pixel gaps.
    expect(width).toBe(6 + 2 * (22 + 6));
    expect(height).toBeGreaterThan(2 * 8);
    expect(pixel(0, 0)).toEqual([255, 255, 255]);
    // The 8-pixel tiles are centred in their cells: the first is all zeros (black)…
    expect(pixel(6 + 7, 6)).toEqual([0, 0, 0]);
    expect(pixel(6 + 6, 6)).toEqual([255, 255, 255]);
    // …and the second mid-grey.
    expect(pixel(6 + 28 + 7, 6)).toEqual([128, 128, 128]);
    digits.dispose();
  });

  it('reads [n, pixels] rows as square images and can invert them to dark ink on white', () => {
    const rows = [Array.from({ length: 9 }, () => 255)];
    const { pixel } = decode(show.images(rows, { invert: true, scale: 1 }).data['image/png'] as string);
    expect(pixel(6, 6)).toEqual([0, 0, 0]);
  });

  it('explains what it needs when the input is wrong', () => {
    expect(() => show.images(tf.zeros([2, 10]))).toThrow('10 pixels each, not a square');
    expect(() => show.images(tf.zeros([2, 4, 4]), { labels: ['a'] })).toThrow('1 labels for 2 images');
    expect(() => show.images(tf.zeros([500, 2, 2]))).toThrow('too many for one grid');
    expect(() => show.images(tf.zeros([1, 2, 2]), { colums: 3 } as never)).toThrow('unknown option "colums"');
    expect(() => show.images('digits' as never)).toThrow('must be a tf.Tensor or an array of images');
  });
});

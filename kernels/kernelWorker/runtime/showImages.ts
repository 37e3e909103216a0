/**
 * show.images(images, { labels, columns, scale, invert }): a grid of small images (MNIST digits,
 * say) as one PNG output, each captioned with its label. Images come as a tensor or nested
 * arrays shaped [n, height, width], [n, height, width, 1 or 3], or [n, pixels] with a square
 * number of pixels; values 0..1 or 0..255.
 */
import * as tf from '@tensorflow/tfjs';
import { drawGrid, type GridTile } from './display/imageGrid';
import { mimeBundle, type DisplayBundle } from './display/mimeBundle';
import { encodePng, toBase64 } from './display/png';
import { describeValue, shapeText } from './showValues';

/** Options of show.images. */
export interface ImagesOptions {
  /** One caption per image (digits, letters and → - : . / % ( ) are drawn; others as ?). */
  labels?: (string | number)[];
  /** Images per row (default 10). */
  columns?: number;
  /** Screen pixels per image pixel (default 2). */
  scale?: number;
  /** Draw 0 as white and the maximum as black: dark ink on paper (default false). */
  invert?: boolean;
}

/** More than this and the output would be a large image nobody reads; slice first. */
export const MAX_IMAGES = 400;

const FN = 'show.images';

function nestedShape(value: unknown): number[] {
  const shape: number[] = [];
  let v = value;
  while (Array.isArray(v) || ArrayBuffer.isView(v)) {
    const list = v as ArrayLike<unknown>;
    shape.push(list.length);
    v = list[0];
  }
  return shape;
}

function read(images: unknown): { values: ArrayLike<number>; shape: number[] } {
  if (images instanceof tf.Tensor) {
    if (images.isDisposed) throw new Error(`${FN}: images is a disposed tensor; show it before disposing it`);
    return { values: images.dataSync() as ArrayLike<number>, shape: [...images.shape] };
  }
  if (!Array.isArray(images)) {
    throw new Error(`${FN}: images must be a tf.Tensor or an array of images (got ${describeValue(images)})`);
  }
  const shape = nestedShape(images);
  const values = (images as unknown[]).flat(Infinity as 1) as unknown[];
  const expected = shape.reduce((a, b) => a * b, 1);
  if (values.length !== expected || values.some((v) => typeof v !== 'number')) {
    throw new Error(`${FN}: images must be a rectangular array of numbers (every image the same size)`);
  }
  return { values: values as number[], shape };
}

/** [n, height, width, channels] from the shapes show.images accepts. */
function imageShape(shape: number[]): [number, number, number, 1 | 3] {
  const [n, a, b, c] = shape;
  if (shape.length === 2) {
    const side = Math.round(Math.sqrt(a));
    if (side * side === a) return [n, side, side, 1];
    throw new Error(
      `${FN}: images of shape ${shapeText(shape)} have ${a} pixels each, not a square; reshape them to [n, height, width] first`,
    );
  }
  if (shape.length === 3) return [n, a, b, 1];
  if (shape.length === 4 && (c === 1 || c === 3)) return [n, a, b, c];
  throw new Error(
    `${FN}: images have shape ${shapeText(shape)}; give [n, height, width], [n, height, width, 1 or 3], or [n, pixels] with square images`,
  );
}

function checkOptions(options: unknown): ImagesOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new Error(`${FN}: options must be an object with labels, columns, scale, invert (got ${describeValue(options)})`);
  }
  const allowed = ['labels', 'columns', 'scale', 'invert'];
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) throw new Error(`${FN}: unknown option "${key}"; the options are ${allowed.join(', ')}`);
  }
  const { labels, columns, scale, invert } = options as ImagesOptions;
  if (labels !== undefined && !Array.isArray(labels)) throw new Error(`${FN}: labels must be an array, one caption per image`);
  for (const [name, value, max] of [
    ['columns', columns, 100],
    ['scale', scale, 8],
  ] as const) {
    if (value !== undefined && !(Number.isInteger(value) && value >= 1 && value <= max)) {
      throw new Error(`${FN}: ${name} must be an integer from 1 to ${max} (got ${describeValue(value)})`);
    }
  }
  if (invert !== undefined && typeof invert !== 'boolean') throw new Error(`${FN}: invert must be true or false`);
  return options as ImagesOptions;
}

/** A grid of images with captions, as an image/png output. */
export function showImages(images: unknown, options: ImagesOptions = {}): DisplayBundle {
  const { labels, columns = 10, scale = 2, invert = false } = checkOptions(options);
  const { values, shape } = read(images);
  const [n, height, width, channels] = imageShape(shape);
  if (n === 0) throw new Error(`${FN}: there are no images to show (shape ${shapeText(shape)})`);
  if (n > MAX_IMAGES) {
    throw new Error(`${FN}: ${n} images are too many for one grid (at most ${MAX_IMAGES}); show a slice, e.g. images.slice(0, 50)`);
  }
  if (labels && labels.length !== n) throw new Error(`${FN}: ${labels.length} labels for ${n} images; give one label per image`);
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) throw new Error(`${FN}: pixel ${i} is ${values[i]}; every pixel must be a finite number`);
    if (values[i] > max) max = values[i];
  }
  // 0..1 floats (a normalised tensor) or 0..255 bytes.
  const gain = max <= 1 ? 255 : 1;
  const size = height * width * channels;
  const tiles: GridTile[] = [];
  for (let k = 0; k < n; k++) {
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; i++) {
      const v = Math.round(Math.min(255, Math.max(0, values[k * size + i] * gain)));
      bytes[i] = invert ? 255 - v : v;
    }
    tiles.push({ width, height, channels, values: bytes, label: labels ? String(labels[k]) : undefined });
  }
  const png = encodePng(drawGrid(tiles, { columns, scale }));
  const caption = labels ? `: ${labels.slice(0, 20).join(', ')}${n > 20 ? ', …' : ''}` : '';
  return mimeBundle({
    'image/png': toBase64(png),
    'text/plain': `<${n} image${n === 1 ? '' : 's'} of ${height}×${width}${caption}>`,
  });
}

/**
 * Picks how the page shows a MIME bundle: the richest type it knows and can trust. Pure, so
 * the renderer's decisions are tested without a DOM.
 */
import type { MimeBundle } from '../notebook/types';
import {
  SPARKBOOK_MIME_TYPES,
  parseSparkbookPayload,
  type SparkbookPayload,
} from './mime';

/** Raster images we show with <img>; SVG is left out since it can carry script when inlined. */
const IMAGE_MIME_TYPES = ['image/png', 'image/jpeg', 'image/gif'] as const;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** What the page renders for one bundle. */
export type BundleView =
  | { kind: 'sparkbook'; payload: SparkbookPayload }
  | { kind: 'image'; src: string; mime: string }
  | { kind: 'markdown'; source: string }
  /** Raw HTML is never rendered: a shared notebook is untrusted. Its source is shown instead. */
  | { kind: 'html-source'; source: string }
  | { kind: 'text'; text: string }
  /** Nothing displayable: lists the types so the reader knows what was there. */
  | { kind: 'unsupported'; mimeTypes: string[] };

/** nbformat lets text be stored as a list of lines; this joins it back. */
export function bundleText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((line) => typeof line === 'string')) return value.join('');
  return null;
}

/** Some writers store JSON MIME payloads as a string; accept both forms. */
function bundleJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Chooses the richest view: our own types (validated; an invalid payload is skipped, not
 * trusted), then images, Markdown, text/plain, and HTML source only when there is no plain text
 * (Jupyter tools send both for a DataFrame, and its text form reads better than its markup).
 */
export function chooseView(data: MimeBundle, onInvalid?: (error: string) => void): BundleView {
  for (const mime of SPARKBOOK_MIME_TYPES) {
    if (!(mime in data)) continue;
    const parsed = parseSparkbookPayload(mime, bundleJson(data[mime]));
    if (parsed.payload) return { kind: 'sparkbook', payload: parsed.payload };
    onInvalid?.(parsed.error);
  }
  for (const mime of IMAGE_MIME_TYPES) {
    const base64 = bundleText(data[mime])?.replace(/\s+/g, '');
    if (base64 && BASE64.test(base64)) return { kind: 'image', src: `data:${mime};base64,${base64}`, mime };
  }
  const markdown = bundleText(data['text/markdown']);
  if (markdown !== null) return { kind: 'markdown', source: markdown };
  const text = bundleText(data['text/plain']);
  if (text !== null) return { kind: 'text', text };
  const html = bundleText(data['text/html']);
  if (html !== null) return { kind: 'html-source', source: html };
  return { kind: 'unsupported', mimeTypes: Object.keys(data) };
}

/**
 * Picks how the page shows a MIME bundle: the richest type it knows and can trust. Pure, so
 * the renderer's decisions are tested without a DOM.
 */
import type { MimeBundle } from '../notebook/types';
import { SPARKBOOK_MIME_TYPES, parseSparkbookPayload, type SparkbookPayload } from './mime';

/** Raster images we show with <img>. */
const IMAGE_MIME_TYPES = ['image/png', 'image/jpeg', 'image/gif'] as const;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const SVG_MIME = 'image/svg+xml';

/** What the page renders for one bundle. */
export type BundleView =
  | { kind: 'sparkbook'; payload: SparkbookPayload }
  /** `alt` is the bundle's text: a show.images grid's size and labels, a plot's description. */
  | { kind: 'image'; src: string; mime: string; alt: string }
  | { kind: 'markdown'; source: string }
  /** LaTeX (SymPy, IPython.display.Math), typeset with KaTeX. */
  | { kind: 'latex'; source: string }
  /** Any JSON value (IPython.display.JSON), shown as a collapsible tree of text. */
  | { kind: 'json'; value: unknown }
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

/** The bundle's first valid payload of ours, in SPARKBOOK_MIME_TYPES order; an invalid one is skipped, not trusted. */
export function sparkbookPayloadOf(data: MimeBundle, onInvalid?: (error: string) => void): SparkbookPayload | null {
  for (const mime of SPARKBOOK_MIME_TYPES) {
    if (!(mime in data)) continue;
    const parsed = parseSparkbookPayload(mime, bundleJson(data[mime]));
    if (parsed.payload) return parsed.payload;
    onInvalid?.(parsed.error);
  }
  return null;
}

/**
 * An SVG document as a data: URL for <img>: an image element never runs an SVG's scripts or loads
 * what it links to, as the same markup placed in the page would.
 */
export function svgDataUrl(svg: string): string {
  return `data:${SVG_MIME};charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * Alt text of an image output: its text/plain, which Jupyter writers and show.images fill with a
 * description ("<16 images of 28×28: 7, 2, 1, …>", "<Figure size 640x480 with 1 Axes>"), without
 * the angle brackets a repr wraps it in; a generic name when there is none.
 */
export function imageAlt(data: MimeBundle): string {
  const text = bundleText(data['text/plain'])
    ?.trim()
    .replace(/^<(.*)>$/s, '$1')
    .trim();
  return text ? text.slice(0, 500) : 'Image output (no description)';
}

/**
 * Chooses the richest view: our own types (validated; an invalid payload is skipped, not
 * trusted, and the standard twins written beside them for other tools never win), then images
 * (raster, then SVG), Markdown, LaTeX, JSON, text/plain, and HTML source only when there is no
 * plain text (Jupyter tools send both for a DataFrame, and its text form reads better than its markup).
 */
export function chooseView(data: MimeBundle, onInvalid?: (error: string) => void): BundleView {
  const payload = sparkbookPayloadOf(data, onInvalid);
  if (payload) return { kind: 'sparkbook', payload };
  const alt = imageAlt(data);
  for (const mime of IMAGE_MIME_TYPES) {
    const base64 = bundleText(data[mime])?.replace(/\s+/g, '');
    if (base64 && BASE64.test(base64)) return { kind: 'image', src: `data:${mime};base64,${base64}`, mime, alt };
  }
  const svg = bundleText(data[SVG_MIME]);
  if (svg !== null && svg.trim() !== '') return { kind: 'image', src: svgDataUrl(svg), mime: SVG_MIME, alt };
  const markdown = bundleText(data['text/markdown']);
  if (markdown !== null) return { kind: 'markdown', source: markdown };
  const latex = bundleText(data['text/latex']);
  if (latex !== null) return { kind: 'latex', source: latex };
  if ('application/json' in data) {
    // A string is a JSON value too; parse it only when it holds a document, as some writers store one.
    const raw = data['application/json'];
    return { kind: 'json', value: bundleJson(raw) ?? raw };
  }
  const text = bundleText(data['text/plain']);
  if (text !== null) return { kind: 'text', text };
  const html = bundleText(data['text/html']);
  if (html !== null) return { kind: 'html-source', source: html };
  return { kind: 'unsupported', mimeTypes: Object.keys(data) };
}

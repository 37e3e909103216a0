/**
 * Where Markdown images may come from. Sparkbook makes no request off its origin, so images are
 * same-origin paths, inline base64 data (raster types only), or Jupyter cell attachments
 * (`![](attachment:plot.png)`), which are resolved to data URLs before sanitising.
 */
import { defaultUrlTransform, type UrlTransform } from 'react-markdown';
import { chooseView } from '@/lib/outputs/chooseView';
import type { MimeBundle } from '@/lib/notebook/types';

/** Inline images we allow: base64 rasters (SVG is left out, it can carry script). */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}$/;
const ATTACHMENT = 'attachment:';

/** The few hast fields the attachment pass touches (hast's own types are not a direct dependency). */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Schemes whose content is already in the page: resolving them requests nothing. */
const INLINE_SCHEMES = new Set(['data:', 'blob:']);

/** Where relative URLs resolve when there is no page (server rendering, unit tests). */
const FALLBACK_BASE = 'http://sparkbook.invalid/';

/**
 * True for URLs that leave this origin. The browser's own URL parser decides, so every spelling
 * it accepts counts: `https:host/p.png` (no slashes), `//host`, `HTTPS://x`, leading spaces.
 * data: and blob: stay in the page; anything else with another origin (including mailto: and
 * other opaque schemes) is external.
 */
export function isExternalUrl(url: string, base: string = typeof location === 'undefined' ? FALLBACK_BASE : location.href): boolean {
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch {
    // Unparseable: the browser would not request it either, but treat it as untrusted.
    return true;
  }
  if (INLINE_SCHEMES.has(resolved.protocol)) return false;
  return resolved.origin !== new URL(base).origin;
}

/** The data URL of an attachment's image, or null when it has none. */
export function attachmentDataUrl(bundle: MimeBundle | undefined): string | null {
  if (!bundle) return null;
  const view = chooseView(bundle);
  return view.kind === 'image' ? view.src : null;
}

/** A rehype plugin that swaps `attachment:name` image sources for the attachment's data URL. */
export function rehypeAttachments(attachments: Record<string, MimeBundle> | undefined) {
  const visit = (node: HastNode): void => {
    const src = node.properties?.src;
    if (node.tagName === 'img' && typeof src === 'string' && src.startsWith(ATTACHMENT)) {
      let name = src.slice(ATTACHMENT.length);
      try {
        name = decodeURIComponent(name);
      } catch {
        // A malformed escape: look the name up as written.
      }
      // Own keys only: an attachment named `constructor` or `__proto__` is not an Object method.
      const bundle = attachments && Object.hasOwn(attachments, name) ? attachments[name] : undefined;
      node.properties!.src = attachmentDataUrl(bundle) ?? '';
    }
    node.children?.forEach(visit);
  };
  return () => (tree: HastNode) => visit(tree);
}

/** react-markdown's URL policy (no javascript:, no data:) plus inline raster images. */
export const markdownUrlTransform: UrlTransform = (url, key) => (key === 'src' && DATA_IMAGE.test(url) ? url : defaultUrlTransform(url));

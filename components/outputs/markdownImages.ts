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

/** True for URLs that leave this origin (http, https or protocol-relative). */
export function isExternalUrl(url: string): boolean {
  return /^(?:[a-z][a-z\d+.-]*:)?\/\//i.test(url);
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
      node.properties!.src = attachmentDataUrl(attachments?.[name]) ?? '';
    }
    node.children?.forEach(visit);
  };
  return () => (tree: HastNode) => visit(tree);
}

/** react-markdown's URL policy (no javascript:, no data:) plus inline raster images. */
export const markdownUrlTransform: UrlTransform = (url, key) =>
  key === 'src' && DATA_IMAGE.test(url) ? url : defaultUrlTransform(url);

/**
 * The static export's pages carry their policy in a <meta> tag, so they are protected on the
 * first visit too, before the service worker adds it as a header. A page's inline scripts
 * (Next's `self.__next_f.push(...)` payload) are allowed by their SHA-256 hashes.
 */
import { createHash } from 'node:crypto';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** CSP hash sources ('sha256-…') of the inline scripts in an HTML file, in document order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`) || body === '') continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The HTML with its policy as a <meta http-equiv> tag, placed before anything a policy governs:
 * right after the charset declaration (which must stay first), or else at the top of <head>.
 */
export function withMetaPolicy(html: string, policy: string): string {
  if (/http-equiv="Content-Security-Policy"/i.test(html)) throw new Error('withMetaPolicy: the page already has a policy <meta> tag');
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"/>`;
  const charset = /<meta\s+charset=["']?[^"'>\s]+["']?\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + tag + html.slice(charset.index + charset[0].length);
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error('withMetaPolicy: the page has no <head> to put its policy in');
  return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
}

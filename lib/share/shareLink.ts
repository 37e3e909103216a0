/**
 * Share links: the whole notebook, as its .ipynb text compressed with lz-string, in the URL's
 * fragment (`/shared#nb=<data>`). Browsers never send the fragment to the server, so no server
 * stores or even sees a shared notebook; the link *is* the notebook.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { MAX_IPYNB_BYTES, NotebookImportError, parseIpynb, serializeIpynb } from '../notebook/ipynb';
import { lzTextLength } from './lzTextLength';
import type { Notebook } from '../notebook/types';
import { pagePath, type BuildVariant } from '../routes/appRoutes';

/** The route that opens share links. */
export const SHARED_PATH = '/shared';
/** The fragment key that carries the notebook. */
export const SHARE_PARAM = 'nb';
/**
 * Links longer than this may not open: Chrome caps URLs at 2 MB (2,097,152 characters), and
 * other browsers and chat apps cut them sooner. Past it, Export .ipynb is the way to share.
 */
export const MAX_SHARE_URL_LENGTH = 2_000_000;

/** Why a share link can't be opened; the message is for the user and says what to do. */
export class ShareLinkError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ShareLinkError';
  }
}

/** A share link for the notebook, on the given origin (e.g. location.origin), under the app's base path. */
export function shareUrl(origin: string, nb: Notebook, variant?: BuildVariant): string {
  // Only Sparkbook opens a share link, so the twins other tools need would only lengthen it.
  return `${origin}${pagePath(SHARED_PATH, variant)}#${SHARE_PARAM}=${compressToEncodedURIComponent(serializeIpynb(nb, { standardTwins: false }))}`;
}

/** True when a link is too long to be sure it opens. */
export function isShareUrlTooLong(url: string): boolean {
  return url.length > MAX_SHARE_URL_LENGTH;
}

/** A size for people: "850 KB", "2.4 MB". */
export function formatLinkSize(characters: number): string {
  return characters < 1_000_000 ? `${Math.max(1, Math.round(characters / 1000))} KB` : `${(characters / 1_000_000).toFixed(1)} MB`;
}

const DAMAGED =
  'This share link is damaged or incomplete, so the notebook in it can’t be read. ' +
  'Links are often cut short when pasted into a chat or an email: ask for the link again, or for the notebook as an .ipynb file.';

const TOO_BIG =
  `This share link holds a notebook of more than ${MAX_IPYNB_BYTES / (1024 * 1024)} MB, more than Sparkbook opens (the same limit as importing an .ipynb file). ` +
  'Ask whoever sent it to clear its outputs (Clear outputs) and share it again, or to Export .ipynb and send you the file to import.';

/**
 * The notebook a share link's fragment carries (`location.hash`, with or without its "#"),
 * under a fresh id, marked as shared and untrusted. Throws ShareLinkError for a missing, cut or corrupt one.
 */
export function readSharedNotebook(hash: string, now = Date.now()): Notebook {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const data = params.get(SHARE_PARAM);
  if (!data) {
    throw new ShareLinkError(
      'This link has no notebook in it. A share link ends in “#nb=” followed by the notebook; open the full link you were given.',
    );
  }
  // URLSearchParams turned any "+" into a space; lz-string's URI alphabet uses "+".
  const payload = data.replace(/ /g, '+');
  // Measured first: a link of a few KB can decompress to gigabytes, which would crash the tab.
  const size = lzTextLength(payload, MAX_IPYNB_BYTES);
  if (size.kind === 'too-long') throw new ShareLinkError(TOO_BIG);
  if (size.kind === 'damaged') throw new ShareLinkError(DAMAGED);
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(payload);
  } catch (cause) {
    throw new ShareLinkError(DAMAGED, { cause });
  }
  if (!text) throw new ShareLinkError(DAMAGED);
  try {
    return { ...parseIpynb(text, { fileName: 'shared notebook', now }), origin: 'shared', trusted: false };
  } catch (cause) {
    if (cause instanceof NotebookImportError && text.trimStart().startsWith('{') && isJson(text)) {
      throw new ShareLinkError(`This share link holds something that isn’t a notebook Sparkbook can open: ${cause.message}`, { cause });
    }
    throw new ShareLinkError(DAMAGED, { cause });
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

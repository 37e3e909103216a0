import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it, vi } from 'vitest';
import { lzRunLength, lzRunPayload } from '../../bench/bigInputs.mjs';
import { serializeIpynb } from '../notebook/ipynb';
import type { Notebook } from '../notebook/types';
import { asCellId, asNotebookId } from '../notebook/ids';
import { formatLinkSize, isShareUrlTooLong, MAX_SHARE_URL_LENGTH, readSharedNotebook, ShareLinkError, shareUrl } from './shareLink';
import { MAX_IPYNB_BYTES } from '../notebook/ipynb';

// The real decompressor, watched: a link too big to open must be refused without running it.
vi.mock('lz-string', async (importOriginal) => {
  // A CommonJS module: its functions are on the default export.
  const real = ((await importOriginal()) as { default: typeof import('lz-string') }).default;
  return { ...real, default: real, decompressFromEncodedURIComponent: vi.fn(real.decompressFromEncodedURIComponent) };
});

const notebook: Notebook = {
  id: asNotebookId('nbsender'),
  title: 'Tiny net + ünïcode ✓',
  language: 'typescript',
  metadata: {},
  createdAt: 1,
  updatedAt: 2,
  origin: 'example',
  cells: [
    {
      id: asCellId('intro'),
      cell_type: 'markdown',
      source: '# Hello\n\nA *shared* notebook.',
      outputs: [],
      execution_count: null,
      metadata: {},
    },
    {
      id: asCellId('code-1'),
      cell_type: 'code',
      source: "const x = tf.tensor([1, 2]);\nconsole.log('a+b $ c');\nx",
      outputs: [
        { output_type: 'stream', name: 'stdout', text: 'a+b $ c\n' },
        { output_type: 'execute_result', execution_count: 3, data: { 'text/plain': 'Tensor [1, 2]' }, metadata: {} },
      ],
      execution_count: 3,
      metadata: {},
    },
  ],
};

const hashOf = (url: string) => url.slice(url.indexOf('#'));

describe('share links', () => {
  it('carry the notebook in the fragment of /shared, and read back to the same cells and outputs', () => {
    const url = shareUrl('https://sparkbook.example', notebook);
    expect(url.startsWith('https://sparkbook.example/shared#nb=')).toBe(true);
    expect(url).toMatch(/^[^?]*#nb=[A-Za-z0-9+$-]+$/);
    const read = readSharedNotebook(hashOf(url), 99);
    expect(read.title).toBe(notebook.title);
    expect(read.cells).toEqual(notebook.cells);
    expect(read.origin).toBe('shared');
    expect(read.createdAt).toBe(99);
  });

  it('give the opened notebook a fresh id, so saving it never overwrites one of the reader’s', () => {
    const url = shareUrl('http://localhost:3000', notebook);
    const first = readSharedNotebook(hashOf(url));
    const second = readSharedNotebook(hashOf(url));
    expect(first.id).not.toBe(notebook.id);
    expect(first.id).not.toBe(second.id);
  });

  it('survive a "+" turned into a space, as some apps do with fragments', () => {
    const hash = hashOf(shareUrl('http://x', notebook));
    expect(hash).toContain('+');
    expect(readSharedNotebook(hash.replace(/\+/g, ' ')).cells).toEqual(notebook.cells);
  });

  it('say the link is damaged when it was cut short or altered', () => {
    const hash = hashOf(shareUrl('http://x', notebook));
    for (const broken of [hash.slice(0, Math.floor(hash.length / 2)), hash.slice(0, -3), '#nb=@@not-lz@@', '#nb=AAAA']) {
      expect(() => readSharedNotebook(broken)).toThrow(ShareLinkError);
      expect(() => readSharedNotebook(broken)).toThrow(/damaged or incomplete/);
    }
  });

  it('say when there is no notebook in the link at all', () => {
    for (const hash of ['', '#', '#other=1', '#nb=']) expect(() => readSharedNotebook(hash)).toThrow(/has no notebook in it/);
  });

  it('explain a link that holds JSON that is not a notebook', () => {
    const hash = `#nb=${compressToEncodedURIComponent(JSON.stringify({ hello: 'world' }))}`;
    expect(() => readSharedNotebook(hash)).toThrow(/isn’t a notebook Sparkbook can open/);
  });

  it('compress well: a notebook of repetitive code makes a link much shorter than its .ipynb', () => {
    const big: Notebook = {
      ...notebook,
      cells: Array.from({ length: 200 }, (_, i) => ({ ...notebook.cells[1], id: asCellId(`c${i}`) })),
    };
    expect(shareUrl('http://x', big).length).toBeLessThan(serializeIpynb(big).length / 5);
  });

  it('refuse a small link that decompresses past the import limit, before decompressing it, and say what to do', () => {
    const decompress = vi.mocked(decompressFromEncodedURIComponent);
    decompress.mockClear();
    // 33 KB of link, 98 million characters of text.
    const payload = lzRunPayload('a', 14_000);
    expect(lzRunLength(14_000)).toBeGreaterThan(MAX_IPYNB_BYTES);
    expect(() => readSharedNotebook(`#nb=${payload}`)).toThrow(ShareLinkError);
    expect(() => readSharedNotebook(`#nb=${payload}`)).toThrow(/more than 50 MB.*Export \.ipynb/);
    expect(decompress).not.toHaveBeenCalled();
    // Just under the limit is not refused for its size (this text is simply not a notebook).
    const under = lzRunPayload('a', 10_000);
    expect(lzRunLength(10_000)).toBeLessThan(MAX_IPYNB_BYTES);
    expect(() => readSharedNotebook(`#nb=${under}`)).toThrow(/damaged or incomplete/);
    expect(decompress).toHaveBeenCalledTimes(1);
  });

  it('flag links over ~2 MB, and size them for people', () => {
    expect(isShareUrlTooLong('x'.repeat(MAX_SHARE_URL_LENGTH))).toBe(false);
    expect(isShareUrlTooLong('x'.repeat(MAX_SHARE_URL_LENGTH + 1))).toBe(true);
    expect(formatLinkSize(850_400)).toBe('850 KB');
    expect(formatLinkSize(2_400_000)).toBe('2.4 MB');
    expect(formatLinkSize(12)).toBe('1 KB');
  });
});

describe('a shared notebook', () => {
  it('arrives untrusted, even when the sender trusted it', () => {
    const hash = new URL(shareUrl('http://x', { ...notebook, trusted: true })).hash;
    const received = readSharedNotebook(hash);
    expect(received.origin).toBe('shared');
    expect(received.trusted).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { attachmentDataUrl, isExternalUrl, markdownUrlTransform, rehypeAttachments } from './markdownImages';

const img = { type: 'element', tagName: 'img', properties: {} } as never;

describe('markdown image policy', () => {
  const page = 'http://localhost:3000/notebooks/abc';
  const external = (url: string) => isExternalUrl(url, page);

  it('treats every spelling the browser reads as another origin as external', () => {
    const offOrigin = [
      'https://a.b',
      'HTTP://a.b',
      'HTTPS://x',
      '//host/p',
      'https:host/p.png',
      ' https:host',
      'https:\\\\host/p',
      'http://localhost:3001/x',
      'mailto:a@b.c',
    ];
    expect(offOrigin.filter((url) => !external(url))).toEqual([]);
  });

  it('keeps same-origin paths, inline data and blobs', () => {
    const onOrigin = [
      '/x',
      '#y',
      'z.png',
      '../datasets/iris.csv',
      'http://localhost:3000/vendor/a.png',
      'data:image/png;base64,AA==',
      'blob:http://localhost:3000/0a1b',
    ];
    expect(onOrigin.filter(external)).toEqual([]);
  });

  it('resolves against the page it is on', () => {
    expect(isExternalUrl('https:host/p.png', 'https://host/')).toBe(false);
    expect(isExternalUrl('/p.png')).toBe(false);
    expect(isExternalUrl('https:host/p.png')).toBe(true);
  });

  it('keeps base64 raster images but not SVG, HTML or script URLs', () => {
    expect(markdownUrlTransform('data:image/png;base64,iVBO', 'src', img)).toBe('data:image/png;base64,iVBO');
    expect(markdownUrlTransform('data:image/svg+xml;base64,PHN2Zz4=', 'src', img)).toBe('');
    expect(markdownUrlTransform('data:image/png;base64,iVBO', 'href', img)).toBe('');
    expect(markdownUrlTransform('javascript:alert(1)', 'href', img)).toBe('');
  });

  it('finds the image in an attachment bundle', () => {
    expect(attachmentDataUrl({ 'image/png': 'iVBO' })).toBe('data:image/png;base64,iVBO');
    expect(attachmentDataUrl({ 'text/plain': 'x' })).toBeNull();
    expect(attachmentDataUrl(undefined)).toBeNull();
  });

  it('resolves attachment: sources and blanks unknown ones', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'img', properties: { src: 'attachment:my%20plot.png' } },
        { type: 'element', tagName: 'img', properties: { src: 'attachment:missing.png' } },
      ],
    };
    rehypeAttachments({ 'my plot.png': { 'image/png': 'iVBO' } })()(tree);
    expect(tree.children.map((c) => c.properties.src)).toEqual(['data:image/png;base64,iVBO', '']);
  });
});

import { describe, expect, it } from 'vitest';
import { attachmentDataUrl, isExternalUrl, markdownUrlTransform, rehypeAttachments } from './markdownImages';

const img = { type: 'element', tagName: 'img', properties: {} } as never;

describe('markdown image policy', () => {
  it('treats http, https and protocol-relative URLs as external', () => {
    expect(['https://a.b', 'HTTP://a.b', '//a.b'].every(isExternalUrl)).toBe(true);
    expect(['/x', '#y', 'z.png', 'mailto:a@b.c', 'data:image/png;base64,AA=='].some(isExternalUrl)).toBe(false);
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

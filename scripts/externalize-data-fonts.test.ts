import { describe, expect, it } from 'vitest';
import { externalizeDataFonts } from './externalize-data-fonts.mjs';

describe('externalizeDataFonts', () => {
  it('moves each base64 font into a file of its own and points the stylesheet at it', () => {
    const ttf = Buffer.from('fake ttf').toString('base64');
    const woff2 = Buffer.from('fake woff2').toString('base64');
    const css = `@font-face{font-family:codicon;src:url(data:font/ttf;base64,${ttf}) format("truetype")}@font-face{src:url("data:font/woff2;base64,${woff2}")}`;
    const { css: out, fonts } = externalizeDataFonts(css, 'codicon');
    expect(out).toBe('@font-face{font-family:codicon;src:url(codicon-1.ttf) format("truetype")}@font-face{src:url(codicon-2.woff2)}');
    expect(fonts.map((f) => [f.name, f.bytes.toString()])).toEqual([
      ['codicon-1.ttf', 'fake ttf'],
      ['codicon-2.woff2', 'fake woff2'],
    ]);
  });

  it('leaves data: images and stylesheets without data: fonts alone', () => {
    const css = '.a{background:url(data:image/png;base64,iVBO)}';
    expect(externalizeDataFonts(css, 'x')).toEqual({ css, fonts: [] });
  });
});

// Monaco's stylesheet embeds its icon font (codicon) as a data: URL. The app's CSP allows fonts
// from our origin only (font-src 'self'), so copy-vendor moves each embedded font into a file
// beside the stylesheet and points the url() at it. A stylesheet with no data: font is unchanged.

const DATA_FONT = /url\((["']?)data:font\/([a-z0-9.+-]+);base64,([A-Za-z0-9+/=]+)\1\)/g;

/**
 * Returns `css` with every base64 data: font replaced by `url(<name>)`, and the fonts to write
 * beside it, named `<baseName>-<n>.<subtype>` (ttf, woff, woff2 from the MIME type).
 */
export function externalizeDataFonts(css, baseName) {
  const fonts = [];
  const rewritten = css.replace(DATA_FONT, (_match, _quote, subtype, base64) => {
    const name = `${baseName}-${fonts.length + 1}.${subtype}`;
    fonts.push({ name, bytes: Buffer.from(base64, 'base64') });
    return `url(${name})`;
  });
  return { css: rewritten, fonts };
}

/** Types for externalize-data-fonts.mjs, so its test type-checks. */
export declare function externalizeDataFonts(
  css: string,
  baseName: string,
): {
  /** The stylesheet with each data: font replaced by a relative url() to its file. */
  css: string;
  /** The fonts to write beside the stylesheet. */
  fonts: { name: string; bytes: Buffer }[];
};

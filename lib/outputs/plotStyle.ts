/** The colours and font a canvas chart draws with, resolved from the page's theme (canvas takes no var()). */
export interface PlotStyle {
  axis: string;
  grid: string;
  /** The plot's background, which hollow dots are filled with. */
  layer: string;
  /** One per series, in order. */
  series: string[];
  fontFamily: string;
}

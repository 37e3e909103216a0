/** The executor timeline's sizes, in SVG pixels (drawn at 1:1, so text stays readable). */

/** The lane labels' column ("Worker N"). */
export const LABEL_WIDTH = 96;
export const RIGHT_PAD = 16;
export const LANE_HEIGHT = 30;
export const BAR_HEIGHT = 18;
/** The time axis under the lanes. */
export const AXIS_HEIGHT = 24;
export const TOP_PAD = 4;
/** Until the container is measured (and during server rendering). */
export const DEFAULT_WIDTH = 960;
/** Narrower than this, the bars would be too thin to tell apart; the figure scrolls instead. */
export const MIN_WIDTH = 320;

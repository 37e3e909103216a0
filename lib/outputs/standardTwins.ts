/**
 * Standard twins for our rich outputs: next to a payload only Sparkbook reads, the MIME types
 * every other notebook tool renders (`text/html` tables, Vega-Lite charts). Added when a notebook
 * is written to .ipynb, not when an output is produced: the page never shows them, a live chart
 * redrawn twice a second would rebuild them for nothing, and outputs saved before twins existed
 * get them too.
 */
import { assertNever } from '../types/assertNever';
import type { MimeBundle } from '../notebook/types';
import { sparkbookPayloadOf } from './chooseView';
import { classificationHtml, modelSummaryHtml, regressionHtml, sweepHtml, tableHtml, tensorHtml } from './htmlTwins';
import {
  CHART_MIME,
  CLASSIFICATION_MIME,
  HEATMAP_MIME,
  HISTOGRAM_MIME,
  MODEL_MIME,
  PROGRESS_MIME,
  REGRESSION_MIME,
  SWEEP_MIME,
  TABLE_MIME,
  TENSOR_MIME,
  type SparkbookPayload,
} from './mime';
import { chartSpec, heatmapSpec, histogramSpec, regressionSpec, sweepSpec, VEGA_LITE_MIME } from './vegaLiteTwins';

/** The MIME type of an HTML twin. */
export const HTML_MIME = 'text/html';

/** The twin types this module writes; a tool picks whichever it renders best. */
export const STANDARD_TWIN_TYPES = [HTML_MIME, VEGA_LITE_MIME] as const;

/** The twins of one validated payload. */
export function twinsOf(payload: SparkbookPayload): Record<string, unknown> {
  switch (payload.mime) {
    case TABLE_MIME:
      return { [HTML_MIME]: tableHtml(payload.data) };
    case TENSOR_MIME:
      return { [HTML_MIME]: tensorHtml(payload.data) };
    case MODEL_MIME:
      return { [HTML_MIME]: modelSummaryHtml(payload.data) };
    case CHART_MIME:
      return { [VEGA_LITE_MIME]: chartSpec(payload.data) };
    case CLASSIFICATION_MIME:
      return { [HTML_MIME]: classificationHtml(payload.data) };
    case REGRESSION_MIME: {
      // JupyterLab prefers HTML to Vega-Lite, so a bundle with both would hide the chart; the
      // chart's subtitle carries the metrics instead.
      const spec = regressionSpec(payload.data);
      return spec ? { [VEGA_LITE_MIME]: spec } : { [HTML_MIME]: regressionHtml(payload.data) };
    }
    case SWEEP_MIME: {
      const spec = sweepSpec(payload.data);
      return { [HTML_MIME]: sweepHtml(payload.data), ...(spec ? { [VEGA_LITE_MIME]: spec } : {}) };
    }
    case HISTOGRAM_MIME:
      return { [VEGA_LITE_MIME]: histogramSpec(payload.data) };
    case HEATMAP_MIME:
      return { [VEGA_LITE_MIME]: heatmapSpec(payload.data) };
    case PROGRESS_MIME:
      // Keras's own log, the bundle's text/plain, is what other tools should show.
      return {};
    default:
      return assertNever(payload);
  }
}

/**
 * The bundle with the standard twins of its payload of ours. They replace any twins already there:
 * a file may have carried HTML of its own beside our payload, and what leaves Sparkbook should say
 * what the payload says. A bundle without a valid payload of ours is returned as it is.
 */
export function withStandardTwins(bundle: MimeBundle): MimeBundle {
  const payload = sparkbookPayloadOf(bundle);
  return payload ? { ...bundle, ...twinsOf(payload) } : bundle;
}

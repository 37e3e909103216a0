/** Kernel-side display: turns cell values into nbformat MIME bundles. */
export { toMimeBundle, toMimeBundleAsync, describeSpecial, MAX_TEXT_LENGTH } from './toMimeBundle';
export { mimeBundle, isDisplayBundle, type DisplayBundle } from './mimeBundle';
export { formatError, type FormattedError } from './formatError';
export { inspect, type InspectOptions } from './inspect';
export {
  classificationBundle,
  regressionBundle,
  classificationPayload,
  regressionPayload,
  seriesPayload,
  MAX_SERIES_POINTS,
} from './evaluationBundle';

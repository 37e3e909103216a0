/**
 * Checks of the options objects the show.* charts take: unknown keys are named with the list of
 * known ones, and tfjs-vis options that do not apply here say why rather than pass unnoticed.
 */
import { describeValue } from './showValues';

/** tfjs-vis options that have no meaning here, with the reason given to the user. */
const NOT_APPLICABLE: Record<string, string> = {
  width: 'charts take the width of the cell',
  height: 'charts have a fixed height',
  fontSize: 'charts use the notebook’s font size',
  xType: 'axes are quantitative (heatmap axes are the tick labels)',
  yType: 'axes are quantitative (heatmap axes are the tick labels)',
  seriesColors: 'series take the notebook’s palette, which is readable in light and dark themes',
  color: 'bars take the notebook’s accent colour, which is readable in light and dark themes',
  stats: 'the statistics are computed from the values',
};

/** The options as an object, after checking that every key is one of `allowed`. */
export function checkOptionKeys(fn: string, options: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new Error(`${fn}: options must be an object with ${allowed.join(', ')} (got ${describeValue(options)})`);
  }
  for (const key of Object.keys(options)) {
    if (allowed.includes(key)) continue;
    const why = NOT_APPLICABLE[key];
    if (why) throw new Error(`${fn}: option "${key}" is not supported here: ${why}. The options are ${allowed.join(', ')}`);
    throw new Error(`${fn}: unknown option "${key}"; the options are ${allowed.join(', ')}`);
  }
  return options as Record<string, unknown>;
}

/** A string option, or undefined when left out. */
export function stringOption(fn: string, options: Record<string, unknown>, key: string): string | undefined {
  const value = options[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new Error(`${fn}: option ${key} must be a string (got ${describeValue(value)})`);
  return value;
}

/** A boolean option, or `fallback` when left out. */
export function booleanOption(fn: string, options: Record<string, unknown>, key: string, fallback: boolean): boolean {
  const value = options[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new Error(`${fn}: option ${key} must be true or false (got ${describeValue(value)})`);
  return value;
}

/** An integer option from 1 to `max`, or undefined when left out. */
export function countOption(fn: string, options: Record<string, unknown>, key: string, max: number): number | undefined {
  const value = options[key];
  if (value === undefined) return undefined;
  if (!(typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max)) {
    throw new Error(`${fn}: option ${key} must be an integer from 1 to ${max} (got ${describeValue(value)})`);
  }
  return value;
}

/** A [min, max] option, or undefined when left out. */
export function domainOption(fn: string, options: Record<string, unknown>, key: string): [number, number] | undefined {
  const value = options[key];
  if (value === undefined) return undefined;
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !value.every((v) => typeof v === 'number' && Number.isFinite(v)) ||
    !((value[0] as number) < (value[1] as number))
  ) {
    throw new Error(`${fn}: option ${key} must be [min, max], two finite numbers with min < max (got ${describeValue(value)})`);
  }
  return [value[0] as number, value[1] as number];
}

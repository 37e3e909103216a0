/** Turning a zod failure on an options object into one sentence that names the key and what it accepts. */
import type { z } from 'zod';

/** Levenshtein distance between two strings (for "did you mean" suggestions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      row.push(Math.min(previous[j] + 1, row[j - 1] + 1, substitution));
    }
    previous = row;
  }
  return previous[b.length];
}

/** The allowed name closest to `name` when it is at most 2 edits away (ignoring case), else undefined. */
export function closestName(name: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of allowed) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** How a value reads in an error message: short, and never "[object Object]". */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined || value === null || typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return `an object`;
}

/** What each option accepts, in words, e.g. { batchSize: 'an integer ≥ 1' }. */
export type OptionRules = Record<string, string>;

/**
 * Parses `input` with `schema` or throws an Error such as
 * `spark.fit: "batchSize" must be an integer ≥ 1 (got 0)`. `undefined` means "all defaults".
 */
export function parseOptions<S extends z.ZodType>(call: string, schema: S, rules: OptionRules, input: unknown): z.output<S> {
  const given = input === undefined ? {} : input;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new Error(`${call}: options must be an object such as { ${Object.keys(rules)[0]}: … } (got ${showValue(input)})`);
  }
  const result = schema.safeParse(given);
  if (result.success) return result.data;
  const allowed = Object.keys(rules);
  const issue = result.error.issues[0];
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    const suggestion = closestName(key, allowed);
    const hint = suggestion ? ` — did you mean "${suggestion}"?` : '.';
    throw new Error(`${call}: unknown option "${key}"${hint} Allowed: ${allowed.join(', ')}`);
  }
  const key = String(issue.path[0] ?? '');
  const rule = rules[key];
  if (!rule) throw new Error(`${call}: ${issue.message}`);
  const got = (given as Record<string, unknown>)[key];
  throw new Error(`${call}: "${key}" must be ${rule} (got ${showValue(got)})`);
}

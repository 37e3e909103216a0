/**
 * The configurations of a sweep: every combination of the grid's values, the first parameter
 * varying slowest (as nested loops over the grid in the order it was written).
 */
import type { SweepValue } from './sweepSummary';

/** Sweeps past this many configurations are refused: each one trains a whole model. */
export const MAX_CONFIGURATIONS = 1000;

export type SweepGrid = Record<string, SweepValue[]>;
export type SweepConfiguration = Record<string, SweepValue>;

const isValue = (v: unknown): v is SweepValue =>
  (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string' || typeof v === 'boolean';

/** Checks the grid and says exactly what is wrong: `grid.learningRate[2]`, an empty list, a repeat. */
export function checkGrid(grid: unknown, where: string): SweepGrid {
  if (typeof grid !== 'object' || grid === null || Array.isArray(grid)) {
    throw new Error(`${where}: grid must be an object of parameter → list of values, e.g. { learningRate: [0.001, 0.01], seed: [1, 2] }.`);
  }
  const entries = Object.entries(grid as Record<string, unknown>);
  if (entries.length === 0) throw new Error(`${where}: grid has no parameters; give at least one, e.g. { learningRate: [0.001, 0.01] }.`);
  for (const [name, values] of entries) {
    if (!Array.isArray(values) || values.length === 0)
      throw new Error(`${where}: grid.${name} must be a non-empty array of values (got ${JSON.stringify(values)}).`);
    values.forEach((v, i) => {
      if (!isValue(v)) throw new Error(`${where}: grid.${name}[${i}] must be a finite number, a string or a boolean (got ${String(v)}).`);
    });
    const seen = new Set(values.map((v) => JSON.stringify(v)));
    if (seen.size !== values.length)
      throw new Error(`${where}: grid.${name} lists a value twice; each configuration would be trained twice.`);
  }
  const count = entries.reduce((n, [, values]) => n * (values as unknown[]).length, 1);
  if (count > MAX_CONFIGURATIONS)
    throw new Error(`${where}: the grid has ${count} configurations; at most ${MAX_CONFIGURATIONS} are allowed. Sweep fewer values.`);
  return grid as SweepGrid;
}

/** Every combination, the first parameter varying slowest. */
export function expandGrid(grid: SweepGrid): SweepConfiguration[] {
  return Object.entries(grid).reduce<SweepConfiguration[]>(
    (configs, [name, values]) => configs.flatMap((config) => values.map((value) => ({ ...config, [name]: value }))),
    [{}],
  );
}

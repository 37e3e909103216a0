import type { Options as AcornOptions } from 'acorn';
import type { Options as SucraseOptions } from 'sucrase';

/** How sucrase strips a cell's TypeScript. */
export const SUCRASE_OPTIONS: SucraseOptions = {
  transforms: ['typescript'],
  // Keep modern syntax (class fields, ?., ??) as is: the worker runs a current engine.
  disableESTransforms: true,
  // A cell's imports are visible to later cells, so an import unused *within* the cell is
  // still needed; without this, sucrase would drop it as if it were type-only.
  keepUnusedImports: true,
};

/** How acorn reads a cell: as a module body, so static imports and top-level await parse. */
export const ACORN_OPTIONS: AcornOptions = {
  ecmaVersion: 'latest',
  sourceType: 'module',
  allowAwaitOutsideFunction: true,
  locations: true,
};

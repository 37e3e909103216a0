/**
 * The names every code cell has in scope besides `tf` and `console`: the kernel hands cells an
 * object of this type (kernel.ts), and the editor's declarations are generated from it.
 *
 * To add a cell API: declare it as a JSDoc'd interface beside its implementation, type the
 * implementation by it, add a member here, and run `npm run editor-types` (a unit test fails while
 * components/editor/generated/cellGlobals.ts is stale). Every type the interfaces reach is inlined
 * into the declarations, so keep them plain: no zod-inferred types (tie a schema to its interface
 * instead, as lib/cluster/fitOptions.ts does); `@tensorflow/tfjs` is the one import allowed.
 */
import type { SparkApi } from '../cluster/sparkApiTypes';
import type { DatasetsApi } from './datasetsApi';
import type { ModelsApi } from './modelsApi';
import type { ShowApi } from './show';

export interface CellGlobals {
  /**
   * Shows each value below the cell as its own output: tensors as tables, chart specs as charts,
   * HTML elements as HTML, anything else as text.
   */
  display(...values: unknown[]): void;
  /**
   * Loads your uploaded files (the Data panel, or the Data page) by file name, the datasets
   * shipped under /datasets, or files at URLs on this app's own origin (other origins are refused).
   */
  datasets: DatasetsApi;
  /**
   * Throws if the user pressed Interrupt. model.fit() already checks between batches;
   * call this inside your own long loops so they can be stopped too.
   */
  checkInterrupt(): void;
  /** Views of a model's results, from targets and predictions. */
  show: ShowApi;
  /** The model repository, kept in this browser (the Models page lists it). */
  models: ModelsApi;
  /** The cluster of executor Web Workers (Spark-style data-parallel training). */
  spark: SparkApi;
}

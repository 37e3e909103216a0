/**
 * What a sweep needs from the kernel around it (the executors, the cell's output, the job
 * history, the model repository), in its own module so the sweep's parts can name it without
 * importing the sweep's driver.
 */
import type { CellId } from '../../../../lib/notebook/ids';
import type { ModelStore } from '../../../../lib/persistence/modelStore';
import type { DisplayChannel } from '../../runtime/liveChart/liveChart';
import type { ExecutorPool } from '../executorPool';
import type { JobEventBatcher } from '../jobEventBatcher';

export interface SweepEnvironment {
  pool: ExecutorPool;
  cellId: CellId;
  log(line: string): void;
  /** Where the sweep's jobs report their progress and history to the page. */
  jobs: JobEventBatcher;
  /** Where the live table goes while the sweep runs (null without a cell). */
  display(): DisplayChannel | null;
  models(): ModelStore;
  notebook(): { id: string; title: string } | undefined;
  newJobId(): string;
}

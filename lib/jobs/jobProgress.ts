/**
 * A cluster job's live progress, as the Spark workers panel shows it: built on the page from the
 * kernel's job deltas (kernels/page/jobFanOut.ts).
 */
import type { CellId } from '../notebook/ids';
import type { JobKind, JobStatus } from './jobRecord';

/** Built on the page, never received as is, so a plain type rather than a schema. */
export interface JobProgress {
  jobId: string;
  kind: JobKind;
  cellId: CellId;
  status: JobStatus;
  step: number;
  totalSteps: number;
  epoch: number;
  epochs: number;
  startedAt: number;
  endedAt?: number;
  error?: string;
}

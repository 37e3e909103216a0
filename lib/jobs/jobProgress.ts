/**
 * A cluster job's live progress: the kernel posts it a few times a second at most, the Spark
 * workers panel shows it. Plain data, so it crosses the page/kernel boundary as is.
 */
import type { CellId } from '../notebook/ids';
import type { JobKind, JobStatus } from './jobRecord';

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

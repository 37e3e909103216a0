/**
 * A saved evaluation as the payload the notebook's result views draw (ClassificationView,
 * RegressionView), so the job page shows it exactly as the cell did.
 */
import type { ClassificationData, RegressionData } from '../outputs/mime';
import type { JobEvaluation } from './jobRecord';

export type EvaluationViewData = { kind: 'classification'; data: ClassificationData } | { kind: 'regression'; data: RegressionData };

/** `jobId` tags the payload with its job (leave it out on the job's own page). */
export function evaluationViewData(evaluation: JobEvaluation, jobId?: string): EvaluationViewData {
  if (evaluation.kind === 'classification') {
    const { kind, ...data } = evaluation;
    return { kind, data: jobId === undefined ? data : { ...data, jobId } };
  }
  const { kind, ...data } = evaluation;
  return { kind, data: jobId === undefined ? data : { ...data, jobId } };
}

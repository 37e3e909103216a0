import { ClassificationView } from '../outputs/ClassificationView';
import { RegressionView } from '../outputs/RegressionView';
import { evaluationViewData } from '../../lib/jobs/evaluationData';
import type { JobEvaluation } from '../../lib/jobs/jobRecord';

/** A saved evaluation, drawn by the same views as the notebook's evaluate output (untagged: this is the job's own page). */
export function JobEvaluationView({ evaluation }: { evaluation: JobEvaluation }) {
  const view = evaluationViewData(evaluation);
  return view.kind === 'classification' ? <ClassificationView data={view.data} /> : <RegressionView data={view.data} />;
}

/**
 * Turns an executor's trained configuration into its row of the sweep table: the metrics on the
 * evaluation data (accuracy and macro precision, recall and F1 for a classifier; the loss for
 * any model), or the reason it diverged.
 */
import { argmaxRows, classificationReport } from '../../../../lib/metrics/classification';
import type { SweepRow } from '../../../../lib/experiments/sweepSummary';
import type { ExecutorReply } from '../../../wire/kernelExecutorProtocol';

type TrainedReply = Extract<ExecutorReply, { type: 'train-config-result' }>;

export function configurationRow(
  reply: TrainedReply,
  context: {
    key: string;
    values: SweepRow['values'];
    jobId: string;
    labels: Float32Array;
    classes: number;
    classNames?: string[];
    classifier: boolean;
  },
): SweepRow {
  const base = { key: context.key, values: context.values, seconds: reply.millis / 1000, jobId: context.jobId, reused: false };
  if (reply.diverged || !reply.evaluation) {
    const at = reply.divergedAt ? ` at epoch ${reply.divergedAt.epoch + 1}, batch ${reply.divergedAt.batch + 1}` : '';
    return { ...base, status: 'diverged', error: `the loss became NaN or infinite${at}; training stopped` };
  }
  const loss = reply.evaluation.loss ?? undefined;
  if (!context.classifier) return { ...base, status: 'trained', loss };
  const report = classificationReport(
    argmaxRows(context.labels, context.classes),
    argmaxRows(reply.evaluation.predictions, context.classes),
    context.classNames ?? context.classes,
  );
  return {
    ...base,
    status: 'trained',
    loss,
    accuracy: report.accuracy,
    precision: report.macro.precision,
    recall: report.macro.recall,
    f1: report.macro.f1,
  };
}

/**
 * Turns distributed predictions into spark.evaluate's report: for classification losses the
 * loss, accuracy, confusion matrix and per-class precision/recall/F1; for regression MSE/MAE.
 */
import * as tf from '@tensorflow/tfjs';
import { argmaxRows, classificationReport, type ClassificationReport } from '../../../lib/metrics/classification';
import { regressionReport } from '../../../lib/metrics/regression';
import { compiledInternals } from '../../sharedByWorkers/layersInternals';

/** spark.evaluate's result for a classifier. */
export interface ClassificationEvaluation extends ClassificationReport {
  kind: 'classification';
  loss: number;
  jobId: string;
}

/** spark.evaluate's result for a regression model. */
export interface RegressionEvaluation {
  kind: 'regression';
  loss: number;
  mse: number;
  mae: number;
  rmse: number;
  r2: number;
  count: number;
  jobId: string;
}

export type EvaluationReport = ClassificationEvaluation | RegressionEvaluation;

function lossValue(model: tf.LayersModel, yTrue: tf.Tensor, yPred: tf.Tensor): number {
  const fns = compiledInternals(model).lossFunctions;
  return tf.tidy(() => tf.mean(fns[0](yTrue, yPred)).dataSync()[0]);
}

function labels(t: tf.Tensor, threshold: boolean): Int32Array {
  const values = t.dataSync();
  const cols = t.shape.length > 1 ? t.shape[t.shape.length - 1] : 1;
  if (cols > 1) return argmaxRows(values, cols);
  return Int32Array.from(values, (v) => (threshold ? (v >= 0.5 ? 1 : 0) : Math.round(v)));
}

export function evaluationReport(
  model: tf.LayersModel,
  yTrue: tf.Tensor,
  yPred: tf.Tensor,
  classNames: string[] | undefined,
  jobId: string,
): EvaluationReport {
  const lossName = String((model as unknown as { loss: unknown }).loss);
  const loss = lossValue(model, yTrue, yPred);
  const classification = /crossentropy|hinge/i.test(lossName);
  if (!classification) {
    const r = regressionReport(yTrue.dataSync(), yPred.dataSync());
    return { kind: 'regression', loss, ...r, jobId };
  }
  const predCols = yPred.shape[yPred.shape.length - 1] ?? 1;
  const binary = predCols === 1;
  const numClasses = classNames?.length ?? (binary ? 2 : predCols);
  if (classNames && !binary && classNames.length !== predCols) {
    throw new Error(`spark.evaluate: ${classNames.length} classNames were given but the model predicts ${predCols} classes.`);
  }
  const truth = labels(yTrue, binary);
  const predicted = labels(yPred, binary);
  const report = classificationReport(truth, predicted, classNames ?? numClasses);
  return { kind: 'classification', loss, ...report, jobId };
}

/**
 * A finished configuration: its row of the table, its trained weights put back into its model,
 * and the model stored in the repository with the row, so that a later run of the sweep finds
 * it under the same key and reuses it. Diverged configurations are stored too: a rerun would
 * diverge the same way. Never throws: a configuration that cannot be stored is still a row.
 */
import * as tf from '@tensorflow/tfjs';
import type { SweepOptions } from '../../../../lib/experiments/sweepOptions';
import type { SweepRow } from '../../../../lib/experiments/sweepSummary';
import { saveModel } from '../../../../lib/models/modelRepository';
import { finalMetrics, rememberTraining } from '../../runtime/modelTraining';
import { configurationRow } from './configurationResult';
import { describeValues, sweepModelName } from './sweepConfigurations';
import type { shareSweepData } from './sweepData';
import type { SweepEnvironment } from './sweepEnvironment';
import type { ConfigurationJob, ConfigurationOutcome } from './trainConfiguration';

const isClassifier = (loss: unknown) => /crossentropy|hinge/i.test(String(loss));

export async function storeConfiguration(
  env: SweepEnvironment,
  opts: SweepOptions,
  outcome: ConfigurationOutcome,
  shared: Awaited<ReturnType<typeof shareSweepData>>,
  job: ConfigurationJob,
): Promise<SweepRow> {
  const c = outcome.configuration;
  if (!outcome.reply) {
    job.recorder.finish('failed', outcome.error);
    return { key: c.key, values: c.values, seconds: 0, status: 'failed', reused: false, error: outcome.error, jobId: job.jobId };
  }
  const reply = outcome.reply;
  const classes = c.model.outputs[0].shape[c.model.outputs[0].shape.length - 1] ?? 1;
  let row = configurationRow(reply, {
    key: c.key,
    values: c.values,
    jobId: job.jobId,
    labels: shared.evaluationLabels,
    classes,
    classNames: opts.evaluate.classNames,
    classifier: isClassifier(c.spec.loss),
  });
  try {
    const shapes = c.model.getWeights().map((w) => w.shape);
    const weights = reply.weights.map((w, i) => tf.tensor(w, shapes[i]));
    c.model.setWeights(weights);
    tf.dispose(weights);
    const metrics = {
      ...finalMetrics(reply.history),
      ...(row.accuracy !== undefined ? { val_acc: row.accuracy } : {}),
      ...(row.loss !== undefined ? { val_loss: row.loss } : {}),
    };
    const training = {
      by: 'spark.sweep' as const,
      jobId: job.jobId,
      config: { epochs: opts.fit.epochs, batchSize: opts.fit.batchSize },
      metrics,
    };
    rememberTraining(c.model, training);
    const nb = env.notebook();
    const record = await saveModel(env.models(), c.model, sweepModelName(opts.name, c.key), {
      notes: `Sweep ${opts.name}: ${describeValues(c.values)}`,
      notebookId: nb?.id,
      notebookTitle: nb?.title,
      training,
      sweep: { name: opts.name, key: c.key, row },
    });
    row = { ...row, modelId: record.id };
  } catch (e) {
    env.log(
      `spark.sweep: the model of ${describeValues(c.values)} was not stored (${(e as Error)?.message ?? String(e)}); a rerun will train it again.`,
    );
  }
  if (row.status === 'diverged') job.recorder.finish('failed', `Diverged: ${row.error}`);
  else job.recorder.finish('succeeded');
  return row;
}

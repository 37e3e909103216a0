/**
 * Three realistic jobs for tests, demos and e2e seeding (no DOM, no randomness: the same `now`
 * gives the same records):
 *   0. an iris `fit`, sync, 3 executors, 50 steps; executor 3 is killed at step 23 and its task
 *      is retried on executor 1 (a 'lost' attempt, then attempt 2).
 *   1. the same model with a 5x learning rate on 2 WebGPU executors, cancelled at step 35; one
 *      attempt fails and is retried on the other executor.
 *   2. an iris `evaluate` on 3 executors with a classification evaluation.
 * Newest first, as the store lists them. All three belong to one notebook.
 */
import type { JobEvaluation, JobRecord, MetricPoint, TaskEvent } from '../lib/jobs/jobRecord';
import { mulberry32 } from '../lib/cluster/seededShuffle';

export const SAMPLE_NOTEBOOK_ID = 'nbsampleiris01';
export const SAMPLE_NOTEBOOK_TITLE = 'Iris on the cluster';

const round = (x: number) => Number(x.toFixed(4));

interface FitPlan {
  id: string;
  cellId: string;
  startedAt: number;
  executors: string[];
  stepsPerEpoch: number;
  /** Steps actually run (fewer than planned when the job was cancelled). */
  steps: number;
  batchSize: number;
  learningRate: number;
  seed: number;
  /** Loss decays towards `floor` at this rate per step. */
  decay: number;
  floor: number;
  /** Executor lost at this step (its attempt 'lost', retried on the first executor). */
  lose?: { step: number; executor: string };
  /** An attempt that throws at this step on this executor, retried on the other. */
  fail?: { step: number; executor: string };
}

/** Step metrics, epoch metrics and task attempts of a sync fit, one stage per step. */
function simulateFit(plan: FitPlan) {
  const rand = mulberry32(plan.seed);
  const stepMetrics: MetricPoint[] = [];
  const epochMetrics: MetricPoint[] = [];
  const tasks: TaskEvent[] = [];
  let live = [...plan.executors];
  let t = plan.startedAt + 180; // model broadcast before the first stage
  let lostAt: number | undefined;
  let epochLoss = 0;
  let epochAcc = 0;

  for (let stage = 0; stage < plan.steps; stage++) {
    const step = stage + 1;
    const epoch = Math.floor(stage / plan.stepsPerEpoch);
    const shard = Math.ceil(plan.batchSize / live.length);
    let stageEnd = t;
    const retries: { taskId: string; samples: number; after: number; from: string }[] = [];
    live.forEach((executor, i) => {
      const taskId = `${stage}.${i}`;
      const startedAt = t + Math.round(rand() * 6);
      const duration = 40 + Math.round(rand() * 35) + shard * 2;
      if (plan.lose?.step === step && plan.lose.executor === executor) {
        const endedAt = startedAt + Math.round(duration * 0.6);
        tasks.push({
          stage,
          taskId,
          executor,
          attempt: 1,
          samples: shard,
          startedAt,
          endedAt,
          outcome: 'lost',
          error: `Executor ${executor} was killed`,
        });
        lostAt = endedAt;
        retries.push({ taskId, samples: shard, after: endedAt, from: executor });
        return;
      }
      if (plan.fail?.step === step && plan.fail.executor === executor) {
        const endedAt = startedAt + Math.round(duration * 0.4);
        tasks.push({
          stage,
          taskId,
          executor,
          attempt: 1,
          samples: shard,
          startedAt,
          endedAt,
          outcome: 'failed',
          error: 'WebGPU device was lost (GPU process restarted)',
        });
        retries.push({ taskId, samples: shard, after: endedAt, from: executor });
        return;
      }
      const endedAt = startedAt + duration;
      tasks.push({ stage, taskId, executor, attempt: 1, samples: shard, startedAt, endedAt, outcome: 'succeeded' });
      stageEnd = Math.max(stageEnd, endedAt);
    });
    for (const retry of retries) {
      const executor = live.find((e) => e !== retry.from)!;
      const own = tasks.filter((x) => x.stage === stage && x.executor === executor).at(-1);
      const startedAt = Math.max(retry.after, own?.endedAt ?? retry.after) + 4;
      const endedAt = startedAt + 60 + Math.round(rand() * 20);
      tasks.push({ stage, taskId: retry.taskId, executor, attempt: 2, samples: retry.samples, startedAt, endedAt, outcome: 'succeeded' });
      stageEnd = Math.max(stageEnd, endedAt);
    }
    if (plan.lose?.step === step) live = live.filter((e) => e !== plan.lose!.executor);
    t = stageEnd + 12 + Math.round(rand() * 10); // averaging and applying the gradients

    const loss = round(plan.floor + (1.12 - plan.floor) * Math.exp(-plan.decay * step) * (1 + (rand() - 0.5) * 0.18));
    const acc = round(Math.min(1, 0.33 + 0.65 * (1 - Math.exp(-plan.decay * 1.3 * step)) + (rand() - 0.5) * 0.06));
    stepMetrics.push({ step, epoch, values: { loss, acc } });
    epochLoss += loss;
    epochAcc += acc;
    if (step % plan.stepsPerEpoch === 0) {
      const n = plan.stepsPerEpoch;
      const valLoss = round((epochLoss / n) * (1.06 + rand() * 0.08));
      const valAcc = round(Math.max(0, Math.min(1, epochAcc / n - 0.01 - rand() * 0.03)));
      epochMetrics.push({
        step,
        epoch,
        values: { loss: round(epochLoss / n), acc: round(epochAcc / n), val_loss: valLoss, val_acc: valAcc },
      });
      epochLoss = 0;
      epochAcc = 0;
    }
  }
  return { stepMetrics, epochMetrics, tasks, endedAt: t, lostAt };
}

function fitJob(plan: FitPlan, patch: Partial<JobRecord>): JobRecord {
  const run = simulateFit(plan);
  const lostExecutors = plan.lose && run.lostAt !== undefined ? [{ executor: plan.lose.executor, at: run.lostAt, reason: 'killed' }] : [];
  return {
    id: plan.id,
    kind: 'fit',
    notebookId: SAMPLE_NOTEBOOK_ID,
    notebookTitle: SAMPLE_NOTEBOOK_TITLE,
    cellId: plan.cellId,
    status: 'succeeded',
    startedAt: plan.startedAt,
    endedAt: run.endedAt,
    updatedAt: run.endedAt,
    config: {
      mode: 'sync',
      executors: plan.executors.length,
      backends: ['wasm'],
      batchSize: plan.batchSize,
      epochs: 10,
      optimizer: 'Adam',
      learningRate: plan.learningRate,
      loss: 'categoricalCrossentropy',
      seed: 42,
      samples: 120,
      validation: 30,
      params: 83,
    },
    stepMetrics: run.stepMetrics,
    epochMetrics: run.epochMetrics,
    tasks: run.tasks,
    lostExecutors,
    ...patch,
  };
}

const IRIS_EVALUATION: JobEvaluation = {
  kind: 'classification',
  loss: 0.1284,
  accuracy: 28 / 30,
  classNames: ['setosa', 'versicolor', 'virginica'],
  confusionMatrix: [
    [10, 0, 0],
    [0, 9, 1],
    [0, 1, 9],
  ],
  precision: [1, 0.9, 0.9],
  recall: [1, 0.9, 0.9],
  f1: [1, 0.9, 0.9],
  support: [10, 10, 10],
  macro: { precision: 0.9333, recall: 0.9333, f1: 0.9333 },
};

function evaluateJob(id: string, startedAt: number): JobRecord {
  const executors = ['1', '2', '3'];
  const tasks: TaskEvent[] = executors.map((executor, i) => ({
    stage: 0,
    taskId: `0.${i}`,
    executor,
    attempt: 1,
    samples: 10,
    startedAt: startedAt + 120 + i * 3,
    endedAt: startedAt + 185 + i * 11,
    outcome: 'succeeded',
  }));
  const endedAt = startedAt + 240;
  return {
    id,
    kind: 'evaluate',
    notebookId: SAMPLE_NOTEBOOK_ID,
    notebookTitle: SAMPLE_NOTEBOOK_TITLE,
    cellId: 'cevaluate0001',
    status: 'succeeded',
    startedAt,
    endedAt,
    updatedAt: endedAt,
    config: {
      executors: 3,
      backends: ['wasm'],
      batchSize: 32,
      optimizer: 'Adam',
      learningRate: 0.01,
      loss: 'categoricalCrossentropy',
      samples: 30,
      params: 83,
    },
    stepMetrics: [],
    epochMetrics: [],
    evaluation: IRIS_EVALUATION,
    tasks,
    lostExecutors: [],
  };
}

const jobId = (startedAt: number, n: number) => `job-${startedAt.toString(36)}-${n}`;

/** Three finished jobs that started 2 h, 1 h and 55 min before `now`; newest first. */
export function sampleJobs(now: number): JobRecord[] {
  const firstAt = now - 2 * 3600_000;
  const secondAt = now - 3600_000;
  const thirdAt = now - 55 * 60_000;
  const first = fitJob(
    {
      id: jobId(firstAt, 1),
      cellId: 'ctrain000001',
      startedAt: firstAt,
      executors: ['1', '2', '3'],
      stepsPerEpoch: 5,
      steps: 50,
      batchSize: 24,
      learningRate: 0.01,
      seed: 7,
      decay: 0.075,
      floor: 0.06,
      lose: { step: 23, executor: '3' },
    },
    {},
  );
  const second = fitJob(
    {
      id: jobId(secondAt, 2),
      cellId: 'ctrain000001',
      startedAt: secondAt,
      executors: ['1', '2'],
      stepsPerEpoch: 5,
      steps: 35,
      batchSize: 24,
      learningRate: 0.05,
      seed: 11,
      decay: 0.14,
      floor: 0.09,
      fail: { step: 12, executor: '2' },
    },
    { status: 'cancelled', error: 'Interrupted by the user (Kernel › Interrupt).' },
  );
  second.config = { ...second.config, backends: ['webgpu'] };
  return [evaluateJob(jobId(thirdAt, 3), thirdAt), second, first];
}

/**
 * Every rich output the kernel produces, written to .ipynb, carries a standard twin that other
 * tools render, and the file is valid nbformat 4.5 by Jupyter's own schema. The bundles come
 * from the real producers (the example notebooks are shipped without outputs).
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { asCellId, asNotebookId } from '../../../../lib/notebook/ids';
import { parseIpynb, serializeIpynb, toIpynb } from '../../../../lib/notebook/ipynb';
import { nbformatErrors } from '../../../../lib/notebook/schema/validateNbformat';
import type { MimeBundle, Notebook } from '../../../../lib/notebook/types';
import { classificationReport } from '../../../../lib/metrics/classification';
import { regressionReport } from '../../../../lib/metrics/regression';
import { chooseView } from '../../../../lib/outputs/chooseView';
import { SPARKBOOK_MIME_TYPES } from '../../../../lib/outputs/mime';
import { HTML_MIME } from '../../../../lib/outputs/standardTwins';
import { vegaLiteProblems } from '../../../../lib/outputs/vegaLiteProblems';
import { VEGA_LITE_MIME } from '../../../../lib/outputs/vegaLiteTwins';
import { sweepBundle } from '../../cluster/sweep/sweepResult';
import { TrainingSeries } from '../liveChart/trainingSeries';
import { classificationBundle, regressionBundle, seriesPayload } from './evaluationBundle';
import { historyBundle } from './historyChart';
import { modelBundle } from './modelSummary';
import { tensorBundle } from './tensorPreview';
import { toMimeBundle } from './toMimeBundle';
import { createShow } from '../show';
import { FitProgress } from '../fitProgress/fitProgress';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const show = createShow();

/** model.fit's progress log after one epoch, as the cell last shows it. */
function progressBundle(): MimeBundle {
  let last: MimeBundle = {};
  const channel = { show: (_: string, data: MimeBundle) => (last = data), update: (_: string, data: MimeBundle) => (last = data) };
  const progress = new FitProgress(channel, { epochs: 1, steps: 1, verbose: 1 }, () => 0);
  progress.epochBegin(0);
  progress.batchEnd({ size: 4, loss: 0.5 });
  progress.epochEnd({ loss: 0.5, val_loss: 0.6 });
  progress.finish();
  return last;
}

/** One bundle of each rich kind, as a cell would show it. */
async function producedBundles(): Promise<Record<string, MimeBundle>> {
  const model = tf.sequential({
    name: 'iris',
    layers: [tf.layers.dense({ inputShape: [4], units: 3, activation: 'softmax', name: 'out' })],
  });
  model.compile({ optimizer: 'sgd', loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  const x = tf.randomNormal([12, 4], 0, 1, 'float32', 1);
  const y = tf.oneHot(tf.tensor1d([0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2], 'int32'), 3);
  const history = await model.fit(x, y, { epochs: 3, validationSplit: 0.25, verbose: 0 });
  const live = new TrainingSeries();
  for (let step = 1; step <= 5000; step++) live.step(step, { loss: 1 / step, acc: 1 - 1 / step });
  live.epoch(5000, { val_loss: 0.01 });
  const { total: _total, ...report } = classificationReport([0, 1, 2, 2], [0, 2, 2, 2], ['setosa', '<versicolor>', 'virginica']);
  const actual = Array.from({ length: 3000 }, (_, i) => Math.sin(i / 50));
  const predicted = actual.map((v) => v * 0.9);
  const bundles = {
    model: modelBundle(model),
    history: historyBundle(history),
    live: live.bundle(),
    table: toMimeBundle([
      { species: 'setosa', '<b>width</b>': 1.5 },
      { species: 'virginica', '<b>width</b>': 2.5 },
    ]),
    tensor: tensorBundle(x),
    classification: classificationBundle({ ...report, title: 'Test set' }),
    regression: regressionBundle({
      ...regressionReport(actual, predicted),
      title: 'Holdout',
      series: seriesPayload(actual, predicted, 'Temperature'),
    }),
    sweep: sweepBundle({
      name: 'mnist-lr',
      jobId: 'job-1',
      grid: { learningRate: [0.01, 0.1], seed: [1, 2] },
      params: ['learningRate', 'seed'],
      rows: [
        { key: 'a', values: { learningRate: 0.01, seed: 1 }, accuracy: 0.9, loss: 0.3, seconds: 2, status: 'trained', reused: false },
        { key: 'b', values: { learningRate: 0.01, seed: 2 }, accuracy: 0.92, loss: 0.28, seconds: 2, status: 'trained', reused: false },
        { key: 'c', values: { learningRate: 0.1, seed: 1 }, accuracy: 0.95, loss: 0.2, seconds: 2, status: 'reused', reused: true },
        { key: 'd', values: { learningRate: 0.1, seed: 2 }, seconds: 2, status: 'diverged', reused: false },
      ],
      trained: 2,
      reused: 1,
      diverged: 1,
      failed: 0,
      pending: 0,
      startedAt: 0,
      endedAt: 1,
    }),
    scatter: toMimeBundle(
      show.scatter({
        values: [
          { x: 1, y: 2 },
          { x: 1, y: 3 },
        ],
      }),
    ),
    histogram: toMimeBundle(show.histogram(x)),
    heatmap: toMimeBundle(show.heatmap({ values: x as tf.Tensor2D })),
    progress: progressBundle(),
  };
  tf.dispose([x, y]);
  model.dispose();
  return bundles;
}

function notebookOf(bundles: Record<string, MimeBundle>): Notebook {
  return {
    id: asNotebookId('twins'),
    title: 'Every rich output',
    language: 'typescript',
    metadata: {},
    createdAt: 1,
    updatedAt: 1,
    cells: Object.entries(bundles).map(([name, data], i) => ({
      id: asCellId(`cell-${name}`),
      cell_type: 'code',
      source: name,
      execution_count: i + 1,
      metadata: {},
      outputs: [{ output_type: 'execute_result', execution_count: i + 1, data, metadata: {} }],
    })),
  };
}

const ours = (data: Record<string, unknown>) => SPARKBOOK_MIME_TYPES.filter((mime) => mime in data);

describe('exported rich outputs', () => {
  it('each carry a standard twin, valid HTML tables and Vega-Lite specs that compile cleanly', async () => {
    const bundles = await producedBundles();
    const file = toIpynb(notebookOf(bundles));
    expect(nbformatErrors(file)).toEqual([]);
    const twins: Record<string, string[]> = {};
    for (const cell of file.cells) {
      if (cell.cell_type !== 'code') continue;
      for (const output of cell.outputs) {
        if (output.output_type !== 'execute_result') continue;
        expect(ours(output.data)).toHaveLength(1);
        twins[([] as string[]).concat(cell.source).join('')] = [HTML_MIME, VEGA_LITE_MIME].filter((mime) => mime in output.data);
        const html = output.data[HTML_MIME] as string[] | undefined;
        if (html) {
          expect(html.join('')).toMatch(/^<table>/);
          expect(html.join('')).not.toMatch(/<(?!\/?(table|caption|thead|tbody|tfoot|tr|th|td)>)/);
        }
        if (output.data[VEGA_LITE_MIME]) expect(vegaLiteProblems(output.data[VEGA_LITE_MIME])).toEqual([]);
      }
    }
    expect(twins).toEqual({
      model: [HTML_MIME],
      history: [VEGA_LITE_MIME],
      live: [VEGA_LITE_MIME],
      table: [HTML_MIME],
      tensor: [HTML_MIME],
      classification: [HTML_MIME],
      regression: [VEGA_LITE_MIME],
      sweep: [HTML_MIME, VEGA_LITE_MIME],
      scatter: [VEGA_LITE_MIME],
      histogram: [VEGA_LITE_MIME],
      heatmap: [VEGA_LITE_MIME],
      // Keras's own log, its text/plain, is what other tools should show of model.fit's progress.
      progress: [],
    });
  });

  it('stay small: a 5000-step live chart and a 3000-point forecast add kilobytes, not megabytes', async () => {
    const bundles = await producedBundles();
    for (const name of ['live', 'regression'] as const) {
      const nb = notebookOf({ [name]: bundles[name] });
      const twin = (toIpynb(nb).cells[0] as { outputs: { data: Record<string, unknown> }[] }).outputs[0].data[VEGA_LITE_MIME];
      expect(JSON.stringify(twin).length).toBeLessThan(30_000);
    }
  });

  it('open again in Sparkbook as its own views, and export the same file a second time', async () => {
    const nb = notebookOf(await producedBundles());
    const text = serializeIpynb(nb);
    const back = parseIpynb(text, { now: 1 });
    for (const cell of back.cells) {
      for (const output of cell.outputs) {
        if (output.output_type === 'execute_result') expect(chooseView(output.data).kind).toBe('sparkbook');
      }
    }
    expect(serializeIpynb({ ...back, id: nb.id, title: nb.title })).toBe(text);
  });
});

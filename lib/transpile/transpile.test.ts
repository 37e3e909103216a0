import { describe, expect, it } from 'vitest';
import { transpileCell } from './transpile';

describe('representative transforms', () => {
  it('compiles a training cell', () => {
    expect(
      transpileCell(`import * as tf from '@tensorflow/tfjs';
import { loadMnist, type Batch } from 'sparkbook/data';

const model: tf.Sequential = tf.sequential();
model.add(tf.layers.dense({ units: 10, inputShape: [784] }));
const data = await loadMnist() as Batch;
epochs += 1;
await model.fit(data.xs, data.ys, { epochs })`),
    ).toMatchInlineSnapshot(`
      {
        "assignedInputs": [
          "epochs",
        ],
        "body": "const tf = await __import("@tensorflow/tfjs");
      const {loadMnist} = await __import("sparkbook/data");

      const model = tf.sequential();
      model.add(tf.layers.dense({ units: 10, inputShape: [784] }));
      const data = await loadMnist() ;
      epochs += 1;
      __value = (await model.fit(data.xs, data.ys, { epochs }));",
        "declarations": [
          "model",
          "data",
        ],
        "hasDisplayValue": true,
        "imports": [
          {
            "local": "tf",
            "module": "@tensorflow/tfjs",
          },
          {
            "local": "loadMnist",
            "module": "sparkbook/data",
          },
        ],
        "inputs": [
          "epochs",
        ],
      }
    `);
  });

  it('compiles a cell with helpers and no display value', () => {
    expect(
      transpileCell(`interface Row { x: number; y: number }
function normalize(rows: Row[]): Row[] {
  const max = Math.max(...rows.map((r) => r.x));
  return rows.map(({ x, y }) => ({ x: x / max, y }));
}
const { default: Papa } = await import('papaparse');
let table = normalize(raw);`),
    ).toMatchInlineSnapshot(`
      {
        "assignedInputs": [],
        "body": "
      function normalize(rows) {
        const max = Math.max(...rows.map((r) => r.x));
        return rows.map(({ x, y }) => ({ x: x / max, y }));
      }
      const { default: Papa } = await __import('papaparse');
      let table = normalize(raw);",
        "declarations": [
          "normalize",
          "Papa",
          "table",
        ],
        "hasDisplayValue": false,
        "imports": [],
        "inputs": [
          "Math",
          "raw",
        ],
      }
    `);
  });

  it('compiles a multi-line import and a multi-line display', () => {
    expect(
      transpileCell(`import {
  mean,
  std as deviation,
} from 'stats';
({
  mean: mean(values),
  deviation: deviation(values),
})`),
    ).toMatchInlineSnapshot(`
      {
        "assignedInputs": [],
        "body": "const {mean, std: deviation} = await __import("stats");



      (__value = ({
        mean: mean(values),
        deviation: deviation(values),
      }));",
        "declarations": [],
        "hasDisplayValue": true,
        "imports": [
          {
            "local": "mean",
            "module": "stats",
          },
          {
            "local": "deviation",
            "module": "stats",
          },
        ],
        "inputs": [
          "values",
        ],
      }
    `);
  });
});

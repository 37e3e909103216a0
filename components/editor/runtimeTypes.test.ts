import { describe, expect, it } from 'vitest';
import { typeCheckCells } from '../../testing/editorTypeCheck';
import { CELL_GLOBALS_DTS } from './generated/cellGlobals';

describe('the globals cells see in the editor', () => {
  const results = typeCheckCells({
    tensorTypes: [
      'function double(x: tf.Tensor): tf.Tensor {',
      '  return x.mul(2);',
      '}',
      'const m: tf.LayersModel = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [2] })] });',
      'let rank: tf.Rank = tf.Rank.R2;',
      'const ones = tf.ones([2, 2]) as tf.Tensor2D;',
      'const same = (x: typeof ones) => x;',
      'double(same(ones)).print();',
    ].join('\n'),
    otherGlobals: [
      'display(tf.scalar(1));',
      "const rows = await datasets.csv('iris.csv');",
      'const history = await spark.fit(m, ones, ones, { epochs: 1, exchange: "messages", validationData: [ones, ones] });',
      'const lastLoss: number = history.history.loss.at(-1);',
      'const epochs: number[] = history.epoch;',
      'const batch = history.params.batchSize;',
      'const executorsOfTasks = history.tasks.map((t) => t.executor);',
      'const predicted = (await spark.predict(m, ones)).argMax(-1);',
      'const outputs: tf.Tensor[] = await spark.predict<tf.Tensor[]>(m, ones);',
      "const report = await spark.evaluate(m, ones, ones, { classNames: ['a', 'b'] });",
      "if (report.kind === 'classification') report.f1.forEach((f) => f.toFixed(2));",
      "await spark.resize(2, { backend: 'wasm' });",
      "const sweep = await spark.sweep({ name: 's', grid: { units: [4, 8] }, build: ({ units }) => tf.sequential({ layers: [tf.layers.dense({ units })] }), data: { x: ones, y: ones } });",
      "const units: number = sweep.best('loss')?.values.units;",
      'const stored = await models.save(m, "m");',
      'stored.version.toFixed();',
      'show.confusionMatrix(ones, ones, ["a", "b"]);',
      'checkInterrupt();',
    ].join('\n'),
    misspeltOption: 'const m2 = tf.sequential();\nawait spark.fit(m2, tf.ones([1]), tf.ones([1]), { epoch: 3 });',
    wrongBackend: "await spark.setBackend('gpu');",
    wrongType: 'const nope: tf.NotATfType = null;',
  });

  it('names tfjs types as well as values, e.g. tf.Tensor in a parameter type', () => {
    expect(results.tensorTypes).toEqual([]);
  });

  it('types the runtime globals as the runtime implements them: fit options, History, predict, sweep, models', () => {
    expect(results.otherGlobals).toEqual([]);
  });

  it('reports a misspelt fit option and a backend that does not exist', () => {
    expect(results.misspeltOption.join('\n')).toMatch(/'epoch' does not exist in type 'SparkFitOptions'/);
    expect(results.wrongBackend.join('\n')).toMatch(/"gpu"|'gpu'/);
  });

  it('come from generated declarations that have no errors of their own', () => {
    // As a .ts file, so skipLibCheck does not skip it (its globals redeclare the lib's: ignored).
    expect(typeCheckCells({ declarations: CELL_GLOBALS_DTS }).declarations).toEqual([]);
  });

  it('still reports a type that tfjs does not export', () => {
    expect(results.wrongType.join('\n')).toMatch(/NotATfType/);
  });
});

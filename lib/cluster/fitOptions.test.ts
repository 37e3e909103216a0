import { describe, expect, it } from 'vitest';
import { parseEvaluateOptions, parseFitOptions, parsePredictOptions, rowsPerTask } from './fitOptions';

describe('parseFitOptions', () => {
  it('fills in every default when no options are given', () => {
    const defaults = {
      epochs: 1,
      batchSize: 32,
      mode: 'sync',
      exchange: 'auto',
      averagingFrequency: 5,
      shuffle: true,
      seed: 42,
      displayEvery: 0,
      debug: false,
      verbose: 1,
    };
    expect(parseFitOptions(undefined)).toEqual(defaults);
    expect(parseFitOptions({})).toEqual(defaults);
  });

  it('keeps the options it is given', () => {
    const x = { shape: [4, 2] };
    const options = parseFitOptions({ epochs: 3, batchSize: 8, mode: 'averaging', validationData: [x, x], verbose: 0 });
    expect(options).toMatchObject({ epochs: 3, batchSize: 8, mode: 'averaging', verbose: 0 });
    expect(options.validationData).toEqual([x, x]);
  });

  it('names an unknown option, suggests the close one and lists the allowed ones', () => {
    expect(() => parseFitOptions({ epoch: 5 })).toThrow(
      'spark.fit: unknown option "epoch" — did you mean "epochs"? Allowed: epochs, batchSize, mode, exchange, averagingFrequency, ' +
        'validationSplit, validationData, shuffle, seed, displayEvery, debug, verbose',
    );
  });

  it('lists the allowed options without a suggestion when nothing is close', () => {
    expect(() => parseFitOptions({ learningRate: 0.1 })).toThrow(/^spark\.fit: unknown option "learningRate"\. Allowed: epochs,/);
  });

  it('says what a bad value must be and what it got', () => {
    expect(() => parseFitOptions({ batchSize: 0 })).toThrow('spark.fit: "batchSize" must be an integer ≥ 1 (got 0)');
    expect(() => parseFitOptions({ epochs: 2.5 })).toThrow('spark.fit: "epochs" must be an integer ≥ 1 (got 2.5)');
    expect(() => parseFitOptions({ epochs: '3' })).toThrow('spark.fit: "epochs" must be an integer ≥ 1 (got "3")');
    expect(() => parseFitOptions({ mode: 'async' })).toThrow('spark.fit: "mode" must be "sync" or "averaging" (got "async")');
    expect(() => parseFitOptions({ validationSplit: 1 })).toThrow(
      /"validationSplit" must be a number from 0 up to \(not including\) 1 \(got 1\)/,
    );
    expect(() => parseFitOptions({ verbose: 2 })).toThrow('spark.fit: "verbose" must be 0 or 1 (got 2)');
    expect(() => parseFitOptions({ displayEvery: -1 })).toThrow(/"displayEvery" must be an integer ≥ 0/);
  });

  it('accepts a validation split of 0 and refuses both kinds of validation at once', () => {
    expect(parseFitOptions({ validationSplit: 0 }).validationSplit).toBe(0);
    expect(() => parseFitOptions({ validationSplit: 0.2, validationData: [1, 2] })).toThrow(/either "validationSplit" or "validationData"/);
  });

  it('refuses options that are not an object', () => {
    expect(() => parseFitOptions(5)).toThrow('spark.fit: options must be an object such as { epochs: … } (got 5)');
    expect(() => parseFitOptions(null)).toThrow(/got null/);
  });
});

describe('parseEvaluateOptions', () => {
  it('defaults the batch size to 256 and keeps class names', () => {
    expect(parseEvaluateOptions(undefined)).toEqual({ batchSize: 256 });
    expect(parseEvaluateOptions({ classNames: ['cat', 'dog'] })).toEqual({ classNames: ['cat', 'dog'], batchSize: 256 });
  });

  it('names bad and unknown keys', () => {
    expect(() => parseEvaluateOptions({ classNames: 'cat' })).toThrow(
      'spark.evaluate: "classNames" must be an array of strings, one per class (got "cat")',
    );
    expect(() => parseEvaluateOptions({ classnames: [] })).toThrow(/unknown option "classnames" — did you mean "classNames"\?/);
  });
});

describe('parsePredictOptions', () => {
  it('defaults the batch size to 256 and refuses anything else', () => {
    expect(parsePredictOptions(undefined)).toEqual({ batchSize: 256 });
    expect(() => parsePredictOptions({ epochs: 1 })).toThrow('spark.predict: unknown option "epochs". Allowed: batchSize');
  });
});

describe('inference batch sizes', () => {
  it('takes rows per executor task (batchSizePerWorker) instead of a global batch size', () => {
    expect(parseEvaluateOptions({ batchSizePerWorker: 15 })).toEqual({ batchSize: 256, batchSizePerWorker: 15 });
    expect(parsePredictOptions({ batchSizePerWorker: 15 }).batchSizePerWorker).toBe(15);
    expect(() => parseEvaluateOptions({ batchSizePerWorker: 0 })).toThrow(
      'spark.evaluate: "batchSizePerWorker" must be an integer ≥ 1 (got 0)',
    );
  });

  it('refuses both at once, saying what each means', () => {
    expect(() => parseEvaluateOptions({ batchSize: 64, batchSizePerWorker: 16 })).toThrow(
      /either "batchSize" \(split over the executors\) or "batchSizePerWorker" \(rows per executor task\), not both/,
    );
    expect(() => parsePredictOptions({ batchSize: 64, batchSizePerWorker: 16 })).toThrow(/spark.predict: give either/);
  });

  it('splits a global batch evenly over the executors, or uses the rows per worker as given', () => {
    expect(rowsPerTask({ batchSize: 256 }, 2)).toBe(128);
    expect(rowsPerTask({ batchSize: 100 }, 3)).toBe(34);
    expect(rowsPerTask({ batchSize: 100 }, 0)).toBe(100);
    expect(rowsPerTask({ batchSize: 256, batchSizePerWorker: 15 }, 2)).toBe(15);
  });
});

import { describe, expect, it } from 'vitest';
import {
  epochLine,
  etaSeconds,
  fitProgressText,
  formatEta,
  formatMetric,
  formatPerStep,
  progressBarText,
  type EpochProgress,
} from './fitProgress';

const running: EpochProgress = { epoch: 3, step: 12, steps: 30, elapsedMs: 800, done: false, logs: { loss: 0.43214, acc: 0.87 } };
const done: EpochProgress = {
  epoch: 2,
  step: 30,
  steps: 30,
  elapsedMs: 1000,
  done: true,
  logs: { loss: 0.5, acc: 0.8, val_loss: 0.6, val_acc: 0.75 },
};

describe('the Keras progress bar', () => {
  it('fills 30 characters with = and an arrow head while running, and only = when complete', () => {
    expect(progressBarText(12, 30)).toBe('[===========>..................]');
    expect(progressBarText(30, 30)).toBe('[==============================]');
    expect(progressBarText(0, 30)).toBe(`[${'.'.repeat(30)}]`);
    expect(progressBarText(1, 100)).toBe(`[${'.'.repeat(30)}]`);
  });
});

describe('ETA', () => {
  it('is the time per step so far times the steps left', () => {
    // 12 steps in 0.8 s: 18 left take 1.2 s.
    expect(etaSeconds(running)).toBeCloseTo(1.2);
    expect(etaSeconds({ ...running, step: 0 })).toBeNull();
    expect(etaSeconds({ ...running, steps: null })).toBeNull();
  });

  it('is written as Keras writes it', () => {
    expect([0.4, 7, 65, 3725].map(formatEta)).toEqual(['0s', '7s', '1:05', '1:02:05']);
    expect([2.2, 0.033, 0.00085].map(formatPerStep)).toEqual(['2s/step', '33ms/step', '850us/step']);
    expect([0.43214, 1e-5, 0].map(formatMetric)).toEqual(['0.4321', '1.0000e-5', '0.0000']);
  });
});

describe('fitProgressText', () => {
  it('prints, with verbose 1, each epoch’s header and its bar line: elapsed time once done, an ETA while running', () => {
    expect(fitProgressText({ epochs: 10, verbose: 1, rows: [done, running] })).toBe(
      [
        'Epoch 2/10',
        '30/30 [==============================] - 1s 33ms/step - loss: 0.5000 - acc: 0.8000 - val_loss: 0.6000 - val_acc: 0.7500',
        'Epoch 3/10',
        '12/30 [===========>..................] - ETA: 1s - loss: 0.4321 - acc: 0.8700',
      ].join('\n'),
    );
  });

  it('prints, with verbose 2, one line per finished epoch', () => {
    expect(fitProgressText({ epochs: 10, verbose: 2, rows: [done] })).toBe(
      'Epoch 2/10 - 1s 33ms/step - loss: 0.5000 - acc: 0.8000 - val_loss: 0.6000 - val_acc: 0.7500',
    );
  });

  it('pads the step to the width of the total, and says Unknown without one', () => {
    expect(epochLine({ ...running, step: 5, steps: 120 }, 10, 1)).toMatch(/^ {2}5\/120 \[/);
    expect(epochLine({ ...running, steps: null }, 10, 1)).toBe('12/Unknown - ETA: ? - loss: 0.4321 - acc: 0.8700');
  });
});

import { describe, expect, it } from 'vitest';
import { exchangeCost, formatBytes, optimizerSlotsPerWeight, withCommas } from './exchangeCost';

describe('exchangeCost', () => {
  it('in sync mode sends the weights in and the gradients out every step: 2 · E · P · 4 bytes', () => {
    const cost = exchangeCost({ mode: 'sync', executors: 3, trainableParams: 1000, averagingFrequency: 5, optimizer: 'adam' });
    expect(cost.bytesPerStep).toBe(24_000);
    expect(cost.bytesPerRound).toBeUndefined();
  });

  it('in averaging mode moves weights and optimizer state both ways per round, spread over its steps', () => {
    // Adam keeps 2 tensors per weight: 2 · 2 executors · 100 params · (1 + 2) · 4 B = 4,800 B per round of 4 steps.
    const cost = exchangeCost({ mode: 'averaging', executors: 2, trainableParams: 100, averagingFrequency: 4, optimizer: 'AdamOptimizer' });
    expect(cost.bytesPerRound).toBe(4800);
    expect(cost.bytesPerStep).toBe(1200);
    expect(cost.assumption).toBeUndefined();
  });

  it('assumes Adam-sized state for an optimizer it does not know, and says so', () => {
    const cost = exchangeCost({ mode: 'averaging', executors: 1, trainableParams: 10, averagingFrequency: 1, optimizer: 'lion' });
    expect(cost.bytesPerRound).toBe(240);
    expect(cost.assumption).toMatch(/"lion" is not known; assumed 2/);
  });

  it('uses the caller’s slot count over the name table', () => {
    const cost = exchangeCost({
      mode: 'averaging',
      executors: 1,
      trainableParams: 10,
      averagingFrequency: 1,
      optimizer: 'adam',
      optimizerSlots: 0,
    });
    expect(cost.bytesPerRound).toBe(80);
  });
});

describe('optimizerSlotsPerWeight', () => {
  it('knows tfjs optimizers by short name or class name', () => {
    expect(optimizerSlotsPerWeight('sgd')).toBe(0);
    expect(optimizerSlotsPerWeight('MomentumOptimizer')).toBe(1);
    expect(optimizerSlotsPerWeight('RMSProp')).toBe(2);
    expect(optimizerSlotsPerWeight('nadam')).toBeUndefined();
  });
});

describe('formatting', () => {
  it('groups thousands without depending on the locale', () => {
    expect(withCommas(1234567)).toBe('1,234,567');
    expect(withCommas(999)).toBe('999');
    expect(withCommas(1234.5)).toBe('1,234.5');
  });

  it('shows exact bytes and a binary unit once past 1 KiB', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(29_616)).toBe('29,616 B (28.9 KiB)');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3,145,728 B (3.0 MiB)');
  });
});

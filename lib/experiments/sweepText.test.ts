import { describe, expect, it } from 'vitest';
import { SweepProgress } from './sweepProgress';
import { sweepText } from './sweepText';

describe('sweepText', () => {
  it('prints the counts and one line per configuration', () => {
    const progress = new SweepProgress('lr', 'job-1', { learningRate: [0.01, 1], seed: [1] }, 2, 0);
    progress.set(0, {
      key: 'a',
      values: { learningRate: 0.01, seed: 1 },
      accuracy: 0.9712,
      precision: 0.97,
      recall: 0.971,
      f1: 0.9705,
      loss: 0.1,
      seconds: 3.21,
      status: 'trained',
      reused: true,
    });
    progress.set(1, { key: 'b', values: { learningRate: 1, seed: 1 }, seconds: 0.4, status: 'diverged', reused: false, error: 'NaN' });
    const text = sweepText(progress.summary(1));
    expect(text.split('\n')[0]).toBe('Sweep lr: 2 configurations: 1 reused, 1 trained, 1 diverged');
    expect(text).toMatch(/learningRate\s+seed\s+accuracy/);
    expect(text).toMatch(/0\.01\s+1\s+0\.9712\s+0\.9700\s+0\.9710\s+0\.9705\s+0\.1000\s+3\.2\s+reused/);
    expect(text).toMatch(/1\s+1\s+—\s+—\s+—\s+—\s+—\s+0\.4\s+diverged/);
  });

  it('says how many configurations are still to go while the sweep runs', () => {
    const progress = new SweepProgress('lr', 'job-1', { learningRate: [0.01, 0.1, 1] }, 3, 0);
    progress.set(0, { key: 'a', values: { learningRate: 0.01 }, accuracy: 0.9, seconds: 1, status: 'trained', reused: false });
    const lines = sweepText(progress.summary()).split('\n');
    expect(lines[0]).toBe('Sweep lr: 3 configurations: 0 reused, 1 trained, 2 to go');
    expect(lines).toHaveLength(4);
  });
});

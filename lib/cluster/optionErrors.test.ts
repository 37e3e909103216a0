import { describe, expect, it } from 'vitest';
import { closestName, editDistance, showValue } from './optionErrors';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('epoch', 'epochs')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('closestName', () => {
  const allowed = ['epochs', 'batchSize', 'seed'];

  it('suggests the nearest name within two edits, ignoring case', () => {
    expect(closestName('epoch', allowed)).toBe('epochs');
    expect(closestName('batch_size', allowed)).toBe('batchSize');
    expect(closestName('SEED', allowed)).toBe('seed');
  });

  it('suggests nothing when every name is further away', () => {
    expect(closestName('learningRate', allowed)).toBeUndefined();
  });
});

describe('showValue', () => {
  it('quotes strings and describes objects instead of printing [object Object]', () => {
    expect(showValue('8')).toBe('"8"');
    expect(showValue(0)).toBe('0');
    expect(showValue([1, 2])).toBe('an array of length 2');
    expect(showValue({ a: 1 })).toBe('an object');
  });
});

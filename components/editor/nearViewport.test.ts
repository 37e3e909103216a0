import { describe, expect, it } from 'vitest';
import { nearestFirst } from './nearViewport';

describe('nearestFirst', () => {
  const distances = new Map([
    ['far below', 1500],
    ['in view', 0],
    ['just above', 200],
    ['also in view', 0],
  ]);

  it('picks what is in view before what is a screen away, the first in line among equals', () => {
    expect(nearestFirst(distances.keys(), (k) => distances.get(k)!)).toEqual({ candidate: 'in view', distance: 0 });
  });

  it('picks the nearest when nothing is in view', () => {
    expect(nearestFirst(['far below', 'just above'], (k) => distances.get(k)!)).toEqual({ candidate: 'just above', distance: 200 });
  });

  it('has nothing to pick from nothing', () => {
    expect(nearestFirst([], () => 0)).toBeNull();
  });
});

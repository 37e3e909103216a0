import { describe, expect, it } from 'vitest';
import { CHUNK_BUDGET_MS, MAX_CHUNK, MIN_CHUNK, nextChunkSize } from './progressiveCount';

describe('nextChunkSize', () => {
  it('doubles a chunk that was quick, and no more, however quick it was', () => {
    expect(nextChunkSize(40, CHUNK_BUDGET_MS / 10)).toBe(80);
    expect(nextChunkSize(40, 0)).toBe(80);
  });

  it('shrinks a chunk that took longer than the budget in proportion', () => {
    expect(nextChunkSize(100, CHUNK_BUDGET_MS * 2)).toBe(50);
    expect(nextChunkSize(100, CHUNK_BUDGET_MS * 4)).toBe(25);
  });

  it('keeps a chunk that took its budget the same size', () => {
    expect(nextChunkSize(120, CHUNK_BUDGET_MS)).toBe(120);
  });

  it('always makes some progress, and never asks for an unbounded chunk', () => {
    expect(nextChunkSize(10, 10_000)).toBe(MIN_CHUNK);
    expect(nextChunkSize(MAX_CHUNK, 1)).toBe(MAX_CHUNK);
  });
});

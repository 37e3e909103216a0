import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeZodError, formatIssuePath } from './zodIssues';

describe('formatIssuePath', () => {
  it('writes paths as code would', () => {
    expect(formatIssuePath(['cells', 3, 'outputs', 0, 'data', 'text/plain'])).toBe('cells[3].outputs[0].data["text/plain"]');
    expect(formatIssuePath([])).toBe('(top level)');
  });
});

describe('describeZodError', () => {
  it('lists the first issues with their paths and counts the rest', () => {
    const result = z.array(z.string()).safeParse([1, 2, 3, 4, 5]);
    expect(result.success).toBe(false);
    const text = describeZodError(result.error!, 2);
    expect(text).toMatch(/^\[0\]: .*; \[1\]: .*; …and 3 more problems$/);
  });
});

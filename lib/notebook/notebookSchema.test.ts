import { describe, expect, it } from 'vitest';
import { notebookSchema } from './notebookSchema';
import { createNotebook } from './transitions';

describe('notebookSchema', () => {
  it('accepts a notebook the app created', () => {
    const nb = createNotebook({ title: 'T', now: 3 });
    expect(notebookSchema.parse(nb)).toEqual(nb);
  });

  it('drops keys the app does not know instead of passing them on', () => {
    const nb = { ...createNotebook({ now: 3 }), injected: '<script>' };
    expect(notebookSchema.parse(nb)).not.toHaveProperty('injected');
  });

  it('still reads a notebook whose origin comes from a newer version', () => {
    const nb = { ...createNotebook({ now: 3 }), origin: 'template' };
    expect(notebookSchema.parse(nb).origin).toBeUndefined();
  });

  it('rejects a display whose text/plain is not text, naming the field', () => {
    const nb = createNotebook({ now: 3 });
    nb.cells[0].outputs = [{ output_type: 'display_data', data: { 'text/plain': 5 as never }, metadata: {} }];
    const result = notebookSchema.safeParse(nb);
    expect(result.error?.issues[0].path).toEqual(['cells', 0, 'outputs', 0, 'data', 'text/plain']);
  });
});

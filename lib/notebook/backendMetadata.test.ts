import { describe, expect, it } from 'vitest';
import { createNotebook, notebookReducer } from './transitions';
import { backendChoiceOf, withBackendChoice } from './backendMetadata';

describe("the notebook's backend choice", () => {
  it('is auto until chosen, and is kept in metadata.sparkbook beside what is there', () => {
    const nb = { ...createNotebook({ now: 1 }), metadata: { sparkbook: { title: 'T' }, custom: 1 } };
    expect(backendChoiceOf(nb)).toBe('auto');
    const chosen = notebookReducer(nb, { type: 'set-backend', backend: 'webgpu', at: 5 });
    expect(backendChoiceOf(chosen)).toBe('webgpu');
    expect(chosen.metadata).toEqual({ sparkbook: { title: 'T', backend: 'webgpu' }, custom: 1 });
    expect(chosen.updatedAt).toBe(5);
    expect(notebookReducer(chosen, { type: 'set-backend', backend: 'webgpu', at: 6 })).toBe(chosen);
  });

  it('reads an unknown or malformed value from a file as auto', () => {
    expect(backendChoiceOf({ metadata: { sparkbook: { backend: 'metal' } } })).toBe('auto');
    expect(backendChoiceOf({ metadata: { sparkbook: 'wasm' } })).toBe('auto');
    expect(withBackendChoice({ ...createNotebook({ now: 1 }), metadata: { sparkbook: { backend: 'metal' } } }, 'auto', 2).metadata).toEqual(
      { sparkbook: { backend: 'auto' } },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { parseIpynb, serializeIpynb } from './ipynb';
import { nbformatErrors } from './schema/validateNbformat';
import { createNotebook, notebookReducer } from './transitions';
import { outputsHidden, withOutputsHidden } from './outputsHidden';
import type { Output } from './types';

const stdout = (text: string): Output => ({ output_type: 'stream', name: 'stdout', text });

describe('hidden outputs in cell metadata', () => {
  it('writes both nbformat keys when hiding, and removes both (keeping other jupyter keys) when showing', () => {
    const hidden = withOutputsHidden({ tags: ['a'], jupyter: { source_hidden: true } }, true);
    expect(hidden).toEqual({ tags: ['a'], collapsed: true, jupyter: { source_hidden: true, outputs_hidden: true } });
    expect(outputsHidden({ metadata: hidden })).toBe(true);
    const shown = withOutputsHidden(hidden, false);
    expect(shown).toEqual({ tags: ['a'], jupyter: { source_hidden: true } });
    expect(outputsHidden({ metadata: shown })).toBe(false);
    expect(withOutputsHidden({ collapsed: true, jupyter: { outputs_hidden: true } }, false)).toEqual({});
  });

  it('reads either key, as notebooks from JupyterLab (collapsed) or nbformat 4.5 tools (jupyter.outputs_hidden) have one or the other', () => {
    expect(outputsHidden({ metadata: { collapsed: true } })).toBe(true);
    expect(outputsHidden({ metadata: { jupyter: { outputs_hidden: true } } })).toBe(true);
    expect(outputsHidden({ metadata: { collapsed: false, jupyter: 'odd' } })).toBe(false);
  });

  it('keeps a collapsed cell collapsed through an .ipynb export and import', () => {
    let nb = createNotebook({ now: 0 });
    const cellId = nb.cells[0].id;
    nb = notebookReducer(nb, { type: 'output', cellId, output: stdout('long log\n'), at: 1 });
    nb = notebookReducer(nb, { type: 'set-outputs-hidden', cellId, hidden: true, at: 2 });
    const text = serializeIpynb(nb);
    expect(nbformatErrors(JSON.parse(text))).toEqual([]);
    expect(JSON.parse(text).cells[0].metadata).toEqual({ collapsed: true, jupyter: { outputs_hidden: true } });
    const back = parseIpynb(text);
    expect(outputsHidden(back.cells[0])).toBe(true);
    expect(back.cells[0].outputs).toEqual([stdout('long log\n')]);
  });
});

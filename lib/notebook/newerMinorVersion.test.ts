import { describe, expect, it } from 'vitest';
import { NEWEST_KNOWN_MINOR, relaxNewerMinorVersion, unknownOutputText } from './newerMinorVersion';

const notebook = (minor: number, cells: unknown[]) => ({ nbformat: 4, nbformat_minor: minor, metadata: {}, cells });

describe('relaxNewerMinorVersion', () => {
  it('leaves a file of a version we know alone: an unknown type there stays an error', () => {
    const raw = notebook(NEWEST_KNOWN_MINOR, [{ cell_type: 'future cell', metadata: {} }]);
    expect(relaxNewerMinorVersion(raw)).toEqual({ raw, notes: [] });
  });

  it('opens an unknown cell type of a newer minor version as a raw cell, keeping its id, metadata and source', () => {
    const { raw, notes } = relaxNewerMinorVersion(
      notebook(99, [{ id: 'f1', cell_type: 'future cell', metadata: { a: 1 }, source: ['x'], key: 'value' }]),
    );
    expect(raw.cells).toEqual([{ id: 'f1', cell_type: 'raw', metadata: { a: 1 }, source: ['x'] }]);
    expect(notes[0]).toMatch(/^This notebook is nbformat 4\.99, newer than the 4\.5 Sparkbook fully supports\. It opened/);
    expect(notes[1]).toBe('Cell 1: unknown cell type "future cell", opened as a raw cell.');
  });

  it('replaces an unknown output type with a note and keeps the outputs around it', () => {
    const stream = { output_type: 'stream', name: 'stdout', text: 'hi' };
    const { raw, notes } = relaxNewerMinorVersion(
      notebook(6, [{ cell_type: 'code', metadata: {}, source: '', outputs: [stream, { output_type: 'hologram' }, stream] }]),
    );
    expect((raw.cells as { outputs: unknown[] }[])[0].outputs).toEqual([
      stream,
      { output_type: 'display_data', data: { 'text/plain': unknownOutputText('hologram') }, metadata: {} },
      stream,
    ]);
    expect(notes.slice(1)).toEqual(['Cell 1, output 2: unknown output type "hologram", replaced by a note.']);
  });

  it('still warns about a newer version when nothing in it needed changing', () => {
    const { notes } = relaxNewerMinorVersion(notebook(7, [{ cell_type: 'markdown', metadata: {}, source: '' }]));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('(this one has none)');
  });
});

import { describe, expect, it } from 'vitest';
import { asCellId } from './ids';
import { parseIpynb, serializeIpynb } from './ipynb';
import { notebookSchema } from './notebookSchema';
import { createNotebook, notebookReducer } from './transitions';
import { isTrusted, untrustedSource, withTrust } from './trust';
import type { Notebook } from './types';

const mine = (): Notebook => ({
  ...createNotebook({ now: 1 }),
  cells: [{ id: asCellId('c1'), cell_type: 'code', source: '1 + 1', outputs: [], execution_count: null, metadata: {} }],
});

/** An .ipynb that claims, every way it could, to be trusted already. */
const claimsTrust = JSON.stringify({
  nbformat: 4,
  nbformat_minor: 5,
  trusted: true,
  metadata: {
    trusted: true,
    sparkbook: { title: 'Sneaky', trusted: true },
    kernelspec: { name: 'tslab', display_name: 'TypeScript', language: 'typescript' },
  },
  cells: [
    { id: 'a', cell_type: 'code', source: "indexedDB.open('sparkbook')", metadata: { trusted: true }, outputs: [], execution_count: null },
  ],
});

describe('notebook trust', () => {
  it('trusts what the user makes: new notebooks and the shipped examples', () => {
    expect(isTrusted(createNotebook({ now: 0 }))).toBe(true);
    expect(isTrusted({ origin: 'example', trusted: true })).toBe(true);
  });

  it('decides a record saved before trust existed by where it came from', () => {
    expect(isTrusted({ origin: 'new' })).toBe(true);
    expect(isTrusted({ origin: 'example' })).toBe(true);
    expect(isTrusted({ origin: undefined })).toBe(true);
    expect(isTrusted({ origin: 'import' })).toBe(false);
    expect(isTrusted({ origin: 'shared' })).toBe(false);
  });

  it('lets an explicit answer win over the origin', () => {
    expect(isTrusted({ origin: 'import', trusted: true })).toBe(true);
    expect(isTrusted({ origin: 'new', trusted: false })).toBe(false);
  });

  it('never trusts an imported .ipynb, whatever its metadata says', () => {
    const nb = parseIpynb(claimsTrust, { fileName: 'sneaky.ipynb' });
    expect(nb.origin).toBe('import');
    expect(nb.trusted).toBe(false);
    expect(isTrusted(nb)).toBe(false);
  });

  it('never writes trust into an exported .ipynb, so a trusted notebook re-imports untrusted', () => {
    const trusted = withTrust({ ...mine(), origin: 'import' }, true);
    const text = serializeIpynb(trusted);
    expect(text).not.toMatch(/trusted/);
    expect(isTrusted(parseIpynb(text))).toBe(false);
  });

  it('keeps trust in the stored record, and reads a damaged value as unset', () => {
    const stored = notebookSchema.parse(JSON.parse(JSON.stringify(withTrust({ ...mine(), origin: 'import' }, true))));
    expect(stored.trusted).toBe(true);
    const damaged = notebookSchema.parse({ ...mine(), origin: 'import', trusted: 'yes' });
    expect(damaged.trusted).toBeUndefined();
    expect(isTrusted(damaged)).toBe(false);
  });

  it('is set by an action that is not an edit: updatedAt stays, and setting it again changes nothing', () => {
    const nb = { ...mine(), origin: 'import' as const, trusted: false, updatedAt: 5 };
    const trusted = notebookReducer(nb, { type: 'set-trusted', trusted: true, at: 99 });
    expect(isTrusted(trusted)).toBe(true);
    expect(trusted.updatedAt).toBe(5);
    expect(notebookReducer(trusted, { type: 'set-trusted', trusted: true, at: 100 })).toBe(trusted);
  });

  it('says where an untrusted notebook came from', () => {
    expect(untrustedSource({ origin: 'shared' })).toMatch(/share link/);
    expect(untrustedSource({ origin: 'import' })).toMatch(/imported from a file/);
  });
});

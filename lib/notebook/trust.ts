import type { Notebook } from './types';

/**
 * Trust, in the spirit of Jupyter's: a notebook that came from elsewhere (an imported .ipynb
 * file, a share link) has code the user did not write. Cells run in a worker of this origin, so
 * once run that code can read and change everything the app keeps in this browser (IndexedDB).
 * Such a notebook is untrusted until the user trusts it, by its banner's button or by answering
 * Run to the question the first Run asks.
 *
 * Trust is the stored record's own `trusted` field, never notebook metadata: .ipynb export and
 * share links carry metadata only, so no file or link can arrive already trusted.
 */

/** Where a notebook came from, for the ones whose code someone else wrote. */
export type UntrustedOrigin = 'import' | 'shared';

const UNTRUSTED_ORIGINS: ReadonlySet<Notebook['origin']> = new Set<Notebook['origin']>(['import', 'shared']);

/**
 * Whether the notebook's code may run without asking. A record saved before trust existed has
 * no `trusted` field: then it is trusted unless it was imported or shared.
 */
export function isTrusted(nb: Pick<Notebook, 'trusted' | 'origin'>): boolean {
  return nb.trusted ?? !UNTRUSTED_ORIGINS.has(nb.origin);
}

/** The notebook as trusted or untrusted; itself when already so. */
export function withTrust(nb: Notebook, trusted: boolean): Notebook {
  return nb.trusted === trusted ? nb : { ...nb, trusted };
}

/** Where an untrusted notebook's code came from, in words for the banner and the question. */
export function untrustedSource(nb: Pick<Notebook, 'origin'>): string {
  switch (nb.origin) {
    case 'shared':
      return 'It was opened from a share link, so its code was written by someone else.';
    case 'import':
      return 'It was imported from a file, so its code may have been written by someone else.';
    default:
      return 'Its code may have been written by someone else.';
  }
}

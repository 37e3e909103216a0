/**
 * Turns anything a cell throws into nbformat's error name and value. JavaScript can throw any
 * value, and errors from other realms fail instanceof, so this duck-types.
 */
import { inspect } from './inspect';

/** The `ename` and `evalue` of an nbformat error output. */
export interface FormattedError {
  ename: string;
  evalue: string;
}

/** Name and message of a thrown value; non-errors are named "Error" with their inspect text. */
export function formatError(e: unknown): FormattedError {
  if (typeof e === 'object' && e !== null) {
    const { name, message } = e as { name?: unknown; message?: unknown };
    if (typeof message === 'string') {
      const ename = typeof name === 'string' && name ? name : (e as { constructor?: { name?: string } }).constructor?.name || 'Error';
      return { ename, evalue: message };
    }
  }
  // `throw 'bad input'` reads best as "Error: bad input", without quotes.
  return { ename: 'Error', evalue: typeof e === 'string' ? e : inspect(e) };
}

import { describe, expect, it } from 'vitest';
import { formatError } from './formatError';

describe('formatError', () => {
  it('takes name and message from errors', () => {
    expect(formatError(new TypeError('x is not a function'))).toEqual({ ename: 'TypeError', evalue: 'x is not a function' });
  });

  it('duck-types error-like objects from other realms', () => {
    expect(formatError({ name: 'DOMException', message: 'aborted' })).toEqual({ ename: 'DOMException', evalue: 'aborted' });
  });

  it('names a thrown string "Error" and shows it unquoted', () => {
    expect(formatError('bad input')).toEqual({ ename: 'Error', evalue: 'bad input' });
  });

  it('inspects other thrown values', () => {
    expect(formatError({ code: 42 })).toEqual({ ename: 'Error', evalue: '{ code: 42 }' });
    expect(formatError(undefined)).toEqual({ ename: 'Error', evalue: 'undefined' });
  });
});

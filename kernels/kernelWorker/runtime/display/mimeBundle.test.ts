import { describe, expect, it } from 'vitest';
import { isDisplayBundle, mimeBundle, passThroughBundle } from './mimeBundle';

describe('mimeBundle', () => {
  it('marks data so it is recognised as a bundle', () => {
    expect(isDisplayBundle(mimeBundle({ 'text/plain': 'x' }))).toBe(true);
    expect(isDisplayBundle({ data: {} })).toBe(false);
    expect(isDisplayBundle({ __mimeBundle: true, data: null })).toBe(false);
  });

  it('fills in text/plain from Markdown so exports show something', () => {
    expect(passThroughBundle(mimeBundle({ 'text/markdown': '# Hi' }))).toEqual({
      'text/markdown': '# Hi',
      'text/plain': '# Hi',
    });
  });

  it('lists the types as text/plain when there is nothing textual', () => {
    expect(passThroughBundle(mimeBundle({ 'image/png': 'AAAA' }))?.['text/plain']).toBe('<image/png>');
  });

  it('makes the data JSON-safe and refuses cyclic data', () => {
    expect(passThroughBundle(mimeBundle({ 'text/plain': 'x', 'application/json': { n: NaN, f: () => 1 } }))).toEqual({
      'text/plain': 'x',
      'application/json': { n: null },
    });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(passThroughBundle(mimeBundle({ 'application/json': cyclic }))).toBeNull();
  });
});

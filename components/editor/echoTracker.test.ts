import { describe, expect, it } from 'vitest';
import { EchoTracker } from './echoTracker';

describe('EchoTracker', () => {
  it('treats a value the editor sent as an echo, even when the editor has moved on', () => {
    const echoes = new EchoTracker();
    echoes.sent('a');
    echoes.sent('ab');
    expect(echoes.isEcho('a')).toBe(true); // a stale render: must not overwrite 'ab'
    expect(echoes.isEcho('ab')).toBe(true);
  });

  it('accepts a parent that skips intermediate values (batched renders)', () => {
    const echoes = new EchoTracker();
    ['a', 'ab', 'abc'].forEach((t) => echoes.sent(t));
    expect(echoes.isEcho('abc')).toBe(true);
    expect(echoes.isEcho('ab')).toBe(false); // already superseded: now it would be a real change
  });

  it('reports a value from outside, and forgets what was typed before it', () => {
    const echoes = new EchoTracker();
    echoes.sent('typed');
    expect(echoes.isEcho('loaded from file')).toBe(false);
    expect(echoes.isEcho('typed')).toBe(false);
  });

  it('keeps a bounded memory when the parent never echoes', () => {
    const echoes = new EchoTracker(3);
    ['1', '2', '3', '4'].forEach((t) => echoes.sent(t));
    expect(echoes.isEcho('1')).toBe(false);
    expect(echoes.isEcho('4')).toBe(false); // cleared by the miss above
  });
});

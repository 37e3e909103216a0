import { describe, expect, it } from 'vitest';
import {
  claimCores,
  createPageInputSignal,
  mapPageInputSignal,
  MAX_CLAIM_MS,
  releaseCores,
  yieldToPage,
  pageClock,
} from './pageInputSignal';

const signal = () => mapPageInputSignal(createPageInputSignal());

describe('the page input signal', () => {
  it('lets an executor go on at once when the page claims nothing', async () => {
    expect(await yieldToPage(signal())).toBe(0);
    expect(await yieldToPage(null)).toBe(0);
  });

  it('holds an executor until the page releases its claim', async () => {
    const s = signal();
    const claim = claimCores(s, pageClock() + 5_000);
    const started = pageClock();
    let done = false;
    const waiting = yieldToPage(s).then((ms) => ((done = true), ms));
    await new Promise((r) => setTimeout(r, 30));
    expect(done).toBe(false);
    releaseCores(s, claim);
    const waited = await waiting;
    expect(waited).toBeGreaterThanOrEqual(25);
    expect(pageClock() - started).toBeLessThan(MAX_CLAIM_MS);
  });

  it('holds an executor no longer than the claim, nor than MAX_CLAIM_MS however long the claim', async () => {
    const short = signal();
    claimCores(short, pageClock() + 20);
    const waitedShort = await yieldToPage(short);
    expect(waitedShort).toBeGreaterThanOrEqual(15);
    expect(waitedShort).toBeLessThan(MAX_CLAIM_MS);

    const stuck = signal();
    claimCores(stuck, pageClock() + 60_000);
    const waitedStuck = await yieldToPage(stuck);
    expect(waitedStuck).toBeGreaterThanOrEqual(MAX_CLAIM_MS - 5);
    expect(waitedStuck).toBeLessThan(MAX_CLAIM_MS + 200);
  });

  it('keeps a later claim: an earlier input releasing does not end a newer one', () => {
    const s = signal();
    const first = claimCores(s, pageClock() + 50);
    const second = claimCores(s, pageClock() + 80);
    expect(second).toBeGreaterThan(first);
    expect(claimCores(s, pageClock() + 10)).toBe(second);
    releaseCores(s, first);
    expect(Atomics.load(s, 0)).toBe(second);
    releaseCores(s, second);
    expect(Atomics.load(s, 0)).toBe(0n);
  });
});

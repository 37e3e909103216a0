import { describe, expect, it } from 'vitest';
import { claimCores, createPageInputSignal, mapPageInputSignal, MAX_CLAIM_MS, releaseCores, yieldToPage } from './pageInputSignal';

const now = () => performance.timeOrigin + performance.now();
const signal = () => mapPageInputSignal(createPageInputSignal());

describe('the page input signal', () => {
  it('lets an executor go on at once when the page claims nothing', async () => {
    expect(await yieldToPage(signal(), now)).toBe(0);
    expect(await yieldToPage(null, now)).toBe(0);
  });

  it('holds an executor until the page releases its claim', async () => {
    const s = signal();
    const claim = claimCores(s, now() + 5_000);
    const started = now();
    let done = false;
    const waiting = yieldToPage(s, now).then((ms) => ((done = true), ms));
    await new Promise((r) => setTimeout(r, 30));
    expect(done).toBe(false);
    releaseCores(s, claim);
    const waited = await waiting;
    expect(waited).toBeGreaterThanOrEqual(25);
    expect(now() - started).toBeLessThan(MAX_CLAIM_MS);
  });

  it('holds an executor no longer than the claim, nor than MAX_CLAIM_MS however long the claim', async () => {
    const short = signal();
    claimCores(short, now() + 20);
    const waitedShort = await yieldToPage(short, now);
    expect(waitedShort).toBeGreaterThanOrEqual(15);
    expect(waitedShort).toBeLessThan(MAX_CLAIM_MS);

    const stuck = signal();
    claimCores(stuck, now() + 60_000);
    const waitedStuck = await yieldToPage(stuck, now);
    expect(waitedStuck).toBeGreaterThanOrEqual(MAX_CLAIM_MS - 5);
    expect(waitedStuck).toBeLessThan(MAX_CLAIM_MS + 200);
  });

  it('keeps a later claim: an earlier input releasing does not end a newer one', () => {
    const s = signal();
    const first = claimCores(s, now() + 50);
    const second = claimCores(s, now() + 80);
    expect(second).toBeGreaterThan(first);
    expect(claimCores(s, now() + 10)).toBe(second);
    releaseCores(s, first);
    expect(Atomics.load(s, 0)).toBe(second);
    releaseCores(s, second);
    expect(Atomics.load(s, 0)).toBe(0n);
  });
});

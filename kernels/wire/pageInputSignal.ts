/**
 * The page's claim on the CPU while it answers the user, shared with the executors (page and
 * executor workers both use this module). While training, the executors keep every core busy,
 * and a key press then waits for a core at each stage of its frame (handler, paint, raster,
 * compositing). So the page marks each key press or click here, and an executor about to start
 * its next step (or sweep batch) waits until the page's frame is out or the claim expires.
 *
 * One BigInt64 word: the time (ms since the epoch, from performance.timeOrigin + now, which every
 * thread of the page shares) until which the page claims the cores; 0 when it claims nothing.
 */

/** A claim never holds training back longer than this, even if the page never releases it (a hidden tab runs no frames). */
export const MAX_CLAIM_MS = 100;

export type PageInputSignal = BigInt64Array;

/** The clock of the claim's deadline: the same on the page and in its workers. */
export const pageClock = () => performance.timeOrigin + performance.now();

export function createPageInputSignal(): SharedArrayBuffer {
  return new SharedArrayBuffer(BigInt64Array.BYTES_PER_ELEMENT);
}

export function mapPageInputSignal(buffer: SharedArrayBuffer): PageInputSignal {
  return new BigInt64Array(buffer);
}

/** Claims the cores until `until` (or keeps a later claim); returns the claim now in force. */
export function claimCores(signal: PageInputSignal, until: number): bigint {
  const wanted = BigInt(Math.ceil(until));
  for (;;) {
    const current = Atomics.load(signal, 0);
    if (current >= wanted) return current;
    if (Atomics.compareExchange(signal, 0, current, wanted) === current) return wanted;
  }
}

/**
 * Ends the claim `claim` (as claimCores returned it) and wakes waiting executors, unless a later
 * input has claimed the cores since: its own frame is not out yet.
 */
export function releaseCores(signal: PageInputSignal, claim: bigint) {
  if (Atomics.compareExchange(signal, 0, claim, 0n) === claim) Atomics.notify(signal, 0);
}

type WaitAsync = (
  typed: BigInt64Array,
  index: number,
  value: bigint,
  timeout?: number,
) => { async: boolean; value: Promise<string> | string };

/**
 * Waits while the page claims the cores, at most MAX_CLAIM_MS in all; resolves at once when it
 * claims nothing (the common case: one atomic read). Returns how long it waited, in ms.
 */
export async function yieldToPage(signal: PageInputSignal | null, now = pageClock): Promise<number> {
  if (!signal || Atomics.load(signal, 0) === 0n) return 0;
  const started = now();
  const waitAsync = (Atomics as unknown as { waitAsync: WaitAsync }).waitAsync;
  for (;;) {
    const claim = Atomics.load(signal, 0);
    const remaining = Math.min(Number(claim) - now(), started + MAX_CLAIM_MS - now());
    if (claim === 0n || remaining <= 0) return now() - started;
    const result = waitAsync(signal, 0, claim, remaining);
    if (result.async) await result.value;
  }
}

/**
 * The same wait, blocking, for a point inside a step (between two of its kernels): a step can
 * take tens of milliseconds, longer than the page's whole frame. Only where the thread may block
 * (a worker); returns how long it waited, in ms.
 */
export function waitForPageSync(signal: PageInputSignal, now = pageClock): number {
  const claim = Atomics.load(signal, 0);
  if (claim === 0n) return 0;
  const started = now();
  const remaining = Math.min(Number(claim) - started, MAX_CLAIM_MS);
  if (remaining > 0) Atomics.wait(signal, 0, claim, remaining);
  return now() - started;
}

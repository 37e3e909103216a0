/**
 * The page's side of the input signal (runs on the page's thread): each key press or click, and
 * each new rich output the page renders, claims the cores from the executors until its frame is
 * out, so the page answers the user at once even while training keeps every core busy. Training
 * loses a few milliseconds per claim; the signal is one shared word, so nothing is posted to the
 * workers.
 */
import {
  claimCores,
  createPageInputSignal,
  mapPageInputSignal,
  MAX_CLAIM_MS,
  pageClock,
  releaseCores,
  type PageInputSignal,
} from '../wire/pageInputSignal';

let buffer: SharedArrayBuffer | null | undefined;
let signal: PageInputSignal | null = null;

/** Claims the cores until the frame holding the page's next changes is out (MAX_CLAIM_MS at most). */
export function claimCoresForNextFrame() {
  const s = signal;
  if (!s) return;
  const claim = claimCores(s, pageClock() + MAX_CLAIM_MS);
  // The second frame callback runs once the frame holding the changes has been produced.
  requestAnimationFrame(() => requestAnimationFrame(() => releaseCores(s, claim)));
}

/**
 * The page's signal buffer for the executors, created (and the page's input listeners installed)
 * on first use; null where the page cannot share memory with its workers (not cross-origin
 * isolated), where executors simply never wait.
 */
export function pageInputSignalBuffer(): SharedArrayBuffer | null {
  if (buffer !== undefined) return buffer;
  if (typeof SharedArrayBuffer === 'undefined' || !globalThis.crossOriginIsolated || typeof window === 'undefined') {
    buffer = null;
    return buffer;
  }
  buffer = createPageInputSignal();
  signal = mapPageInputSignal(buffer);
  // Capture phase: the claim is made before any handler's work, whatever the target does with the event.
  for (const type of ['keydown', 'pointerdown'] as const)
    window.addEventListener(type, claimCoresForNextFrame, { capture: true, passive: true });
  return buffer;
}

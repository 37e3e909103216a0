/**
 * "Call me when this element comes near the viewport", for many elements at once: one shared
 * IntersectionObserver, and the calls spread out one per task, so that a notebook of thousands of
 * cells, or a jump to its end, never creates a burst of editors in one long task.
 */

/** How far beyond the viewport an element counts as near: about two screens, so editors are ready before they scroll in. */
export const NEAR_VIEWPORT_MARGIN = '1600px 0px';

const waiting = new Map<Element, () => void>();
const due: (() => void)[] = [];
let observer: IntersectionObserver | null = null;
let draining = false;

function drain() {
  const next = due.shift();
  if (!next) {
    draining = false;
    return;
  }
  next();
  setTimeout(drain, 0);
}

function schedule(callback: () => void) {
  due.push(callback);
  if (!draining) {
    draining = true;
    setTimeout(drain, 0);
  }
}

function getObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const callback = waiting.get(entry.target);
        if (!callback) continue;
        waiting.delete(entry.target);
        observer?.unobserve(entry.target);
        schedule(callback);
      }
    },
    { rootMargin: NEAR_VIEWPORT_MARGIN },
  );
  return observer;
}

/**
 * Calls `callback` once, in a task of its own, after `element` first comes within
 * NEAR_VIEWPORT_MARGIN of the viewport. Returns a function that cancels the call.
 */
export function whenNearViewport(element: Element, callback: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    // No observer (old browser, tests without a DOM): everything counts as near.
    let cancelled = false;
    schedule(() => !cancelled && callback());
    return () => {
      cancelled = true;
    };
  }
  let cancelled = false;
  const guarded = () => {
    if (!cancelled) callback();
  };
  waiting.set(element, guarded);
  getObserver().observe(element);
  return () => {
    cancelled = true;
    if (waiting.get(element) === guarded) {
      waiting.delete(element);
      observer?.unobserve(element);
    }
  };
}

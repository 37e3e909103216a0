/**
 * "Call me when this element comes near the viewport", for many elements at once: one shared
 * IntersectionObserver, and the calls spread out one per task, so that a notebook of thousands of
 * cells, or a jump to its end, never creates a burst of editors in one long task. The calls
 * waiting their turn go nearest the viewport first (what the reader is looking at gets its
 * editor before what is a screen away), and one whose element has been scrolled far away by its
 * turn goes back to waiting instead of building an editor nobody sees.
 */

/** How far beyond the viewport an element counts as near: about two screens, so editors are ready before they scroll in. */
export const NEAR_VIEWPORT_PX = 1600;
export const NEAR_VIEWPORT_MARGIN = `${NEAR_VIEWPORT_PX}px 0px`;

const waiting = new Map<Element, () => void>();
const due = new Map<Element, () => void>();
let observer: IntersectionObserver | null = null;
let draining = false;

/** Pixels between the element and the viewport; 0 when any of it is in view. */
function distanceFromViewport(element: Element): number {
  const rect = element.getBoundingClientRect();
  if (rect.bottom < 0) return -rect.bottom;
  if (rect.top > window.innerHeight) return rect.top - window.innerHeight;
  return 0;
}

/** The due element nearest the viewport (the first in line among equals). */
export function nearestFirst<T>(candidates: Iterable<T>, distance: (candidate: T) => number): { candidate: T; distance: number } | null {
  let best: { candidate: T; distance: number } | null = null;
  for (const candidate of candidates) {
    const d = distance(candidate);
    if (!best || d < best.distance) best = { candidate, distance: d };
    if (d === 0) break;
  }
  return best;
}

function drain() {
  const next = nearestFirst(due.keys(), distanceFromViewport);
  if (!next) {
    draining = false;
    return;
  }
  const element = next.candidate;
  const callback = due.get(element)!;
  due.delete(element);
  if (next.distance > NEAR_VIEWPORT_PX && element.isConnected) {
    // Scrolled away while it waited: wait to come near again.
    waiting.set(element, callback);
    getObserver().observe(element);
  } else {
    callback();
  }
  setTimeout(drain, 0);
}

function schedule(element: Element, callback: () => void) {
  due.set(element, callback);
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
        schedule(entry.target, callback);
      }
    },
    { rootMargin: NEAR_VIEWPORT_MARGIN },
  );
  return observer;
}

/**
 * Calls `callback` once, in a task of its own, after `element` first comes within
 * NEAR_VIEWPORT_PX of the viewport. Returns a function that cancels the call.
 */
export function whenNearViewport(element: Element, callback: () => void): () => void {
  let cancelled = false;
  const guarded = () => {
    if (!cancelled) callback();
  };
  if (typeof IntersectionObserver === 'undefined') {
    // No observer (old browser, tests without a DOM): everything counts as near.
    setTimeout(guarded, 0);
    return () => {
      cancelled = true;
    };
  }
  waiting.set(element, guarded);
  getObserver().observe(element);
  return () => {
    cancelled = true;
    if (waiting.get(element) === guarded) {
      waiting.delete(element);
      observer?.unobserve(element);
    }
    if (due.get(element) === guarded) due.delete(element);
  };
}

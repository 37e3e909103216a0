/**
 * Cooperative interrupt. The page sets a flag (in a SharedArrayBuffer when the page is
 * cross-origin isolated, so a busy worker sees it without yielding; otherwise via a message
 * handled between training batches). Training loops and user code call checkInterrupt().
 */
import * as tf from '@tensorflow/tfjs';

/** Thrown where an interrupt is noticed; the kernel reports it as "interrupted", not as a bug. */
export class InterruptError extends Error {
  constructor() {
    super('Interrupted by the user.');
    this.name = 'KeyboardInterrupt';
  }
}

let flag: Int32Array = new Int32Array(1);

/** Uses the page's shared buffer so the flag is visible mid-computation. */
export function useInterruptBuffer(buffer: SharedArrayBuffer | null) {
  flag = buffer ? new Int32Array(buffer) : new Int32Array(1);
}

export function requestInterrupt() {
  Atomics.store(flag, 0, 1);
}

export function clearInterrupt() {
  Atomics.store(flag, 0, 0);
}

export function isInterrupted(): boolean {
  return Atomics.load(flag, 0) === 1;
}

/** Throws InterruptError when the user pressed Interrupt; call it inside long loops. */
export function checkInterrupt() {
  if (isInterrupted()) throw new InterruptError();
}

type FitArgs = Parameters<tf.LayersModel['fit']>;

/** A callback that stops model.fit within one batch of an interrupt. */
export function interruptCallback(model: tf.LayersModel): tf.CustomCallbackArgs {
  return {
    onBatchEnd: async () => {
      if (isInterrupted()) model.stopTraining = true;
    },
  };
}

let patched = false;
/**
 * Wraps LayersModel.fit so every fit in a cell honours Interrupt, and other kernel features
 * (live charts) can add their callbacks too: fit stops after the current batch and then
 * throws InterruptError, so the cell ends as interrupted instead of returning a short History.
 */
export function patchFitForInterrupt(
  extraCallbacks: (model: tf.LayersModel, args: NonNullable<FitArgs[2]>, x: FitArgs[0]) => tf.CustomCallbackArgs[] = () => [],
) {
  if (patched) return;
  patched = true;
  const proto = tf.LayersModel.prototype;
  const originalFit = proto.fit;
  proto.fit = async function patchedFit(this: tf.LayersModel, x: FitArgs[0], y: FitArgs[1], args: FitArgs[2] = {}) {
    const given = args.callbacks;
    const userCallbacks = given == null ? [] : Array.isArray(given) ? given : [given];
    const callbacks = [...userCallbacks, interruptCallback(this), ...extraCallbacks(this, args ?? {}, x)] as FitArgs[2] extends infer A
      ? A extends { callbacks?: infer C }
        ? C
        : never
      : never;
    checkInterrupt();
    const history = await originalFit.call(this, x, y, { ...args, callbacks });
    checkInterrupt();
    return history;
  };
}

/**
 * The pre-flight check before a cell's own model.fit on a non-CPU backend: the kernels the
 * model's training runs, traced once per model, against the kernel's backend. When one is
 * missing the cell is told which op, which layer and which backend, and the kernel moves to the
 * first fallback that has them all before the first batch, instead of failing mid-epoch.
 */
import * as tf from '@tensorflow/tfjs';
import { checkKernels, missingKernelMessage } from '../../../lib/cluster/kernelCheck';
import { backendRegistered, registeredKernels } from './kernelRegistry';
import { traceModelKernels } from './modelKernels';

export interface FitPreflightHooks {
  /** A line on the running cell's stderr. */
  warn(line: string): void;
  /** The kernel moved to another backend, with the reason for the status badge. */
  backendChanged(backend: string, note: string): void;
}

/** Checks `model` against the active backend and moves to a fallback when a kernel is missing. */
export async function preflightModelFit(model: tf.LayersModel, hooks: FitPreflightHooks): Promise<void> {
  const backend = tf.getBackend();
  if (!backend || backend === 'cpu') return;
  const needs = await traceModelKernels(model, { gradients: true, loss: true, optimizer: true });
  const check = checkKernels(needs, backend, registeredKernels, backendRegistered);
  if (check.missing.length === 0) return;
  const message = missingKernelMessage(check, 'the kernel', 'training');
  if (!check.fallback) throw new Error(message);
  hooks.warn(message);
  if (!(await tf.setBackend(check.fallback))) throw new Error(`${message} But ${check.fallback} could not be started either.`);
  await tf.ready();
  hooks.backendChanged(tf.getBackend(), message);
}

type FitArgs = Parameters<tf.LayersModel['fit']>;
let installed = false;

/** Runs the check before every LayersModel.fit in this worker (the kernel's; executors train otherwise). */
export function installFitPreflight(hooks: () => FitPreflightHooks) {
  if (installed) return;
  installed = true;
  const proto = tf.LayersModel.prototype;
  const fit = proto.fit;
  proto.fit = async function checkedFit(this: tf.LayersModel, x: FitArgs[0], y: FitArgs[1], args?: FitArgs[2]) {
    await preflightModelFit(this, hooks());
    return fit.call(this, x, y, args);
  };
}

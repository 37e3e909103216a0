/**
 * The pre-flight check before a spark job: the kernels the model runs (traced once in the
 * kernel) against each executor's backend. Executors whose backend lacks one are moved, one by
 * one, to the first fallback that has them all, with the reason shown in the panel, before any
 * task is sent. `debug: true` prints the whole check.
 */
import type * as tf from '@tensorflow/tfjs';
import { checkKernels, FALLBACK_ORDER, kernelCheckReport, missingKernelMessage } from '../../../lib/cluster/kernelCheck';
import { traceModelKernels, type TracePurpose } from '../runtime/modelKernels';
import { backendRegistered, registeredKernels } from '../runtime/kernelRegistry';
import type { ExecutorPool } from './executorPool';

export interface PreflightOptions {
  purpose: TracePurpose;
  doing: 'training' | 'inference';
  /** Print the kernels per layer and the verdict per executor. */
  debug: boolean;
  log(line: string): void;
}

const check = (needs: Awaited<ReturnType<typeof traceModelKernels>>, backend: string) =>
  checkKernels(needs, backend, registeredKernels, backendRegistered);

/** Checks the model against every executor's backend and moves executors that lack a kernel; throws when none can run it. */
export async function preflightExecutors(model: tf.LayersModel, pool: ExecutorPool, options: PreflightOptions): Promise<void> {
  // In id order, so the messages read the same however the executors happened to start.
  const executors = [...pool.info()].sort((a, b) => String(a.id).localeCompare(String(b.id), 'en', { numeric: true }));
  // The CPU backend implements every stock kernel: nothing to check unless asked to print.
  if (!options.debug && executors.every((e) => e.backend === 'cpu')) return;
  const needs = await traceModelKernels(model, options.purpose);
  const verdicts = executors.map((executor) => ({ executor, who: `executor ${executor.id}`, check: check(needs, executor.backend) }));
  if (options.debug) options.log(kernelCheckReport(needs, verdicts));
  const lacking = verdicts.filter((v) => v.check.missing.length > 0 && v.executor.backend !== 'cpu');
  // One line per backend in the cell (its executors all lack the same kernels); each executor's own note says it in the panel.
  for (const backend of new Set(lacking.map((v) => v.executor.backend))) {
    const onIt = lacking.filter((v) => v.executor.backend === backend);
    const who = onIt.length === 1 ? onIt[0].who : `executors ${onIt.map((v) => v.executor.id).join(', ')}`;
    const message = missingKernelMessage(onIt[0].check, who, options.doing);
    if (!onIt[0].check.fallback) throw new Error(message);
    options.log(message);
  }
  for (const { executor, who, check: verdict } of lacking) {
    const fallback = verdict.fallback!;
    const candidates = [fallback, ...FALLBACK_ORDER.filter((b) => b !== fallback && check(needs, b).missing.length === 0)];
    await pool.request(executor.id, { type: 'use-backend', candidates, note: missingKernelMessage(verdict, who, options.doing) });
  }
}

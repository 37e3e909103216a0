/// <reference lib="webworker" />
/**
 * Kernel worker entry: receive, dispatch, reply. All logic is in runtime/kernel.ts.
 */
import { checkArrival } from '../wire/checkArrival';
import { kernelRequestSchema, type KernelEvent } from '../wire/pageKernelProtocol';
import { Kernel } from './runtime/kernel';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const kernel = new Kernel((event: KernelEvent) => scope.postMessage(event), scope.location.origin);
scope.onmessage = (e: MessageEvent<unknown>) => kernel.handle(checkArrival(kernelRequestSchema, e.data, 'page -> kernel'));

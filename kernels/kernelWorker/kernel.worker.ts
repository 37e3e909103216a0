/// <reference lib="webworker" />
/**
 * Kernel worker entry: receive, dispatch, reply. All logic is in runtime/kernel.ts.
 */
import type { KernelEvent, KernelRequest } from '../wire/pageKernelProtocol';
import { Kernel } from './runtime/kernel';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const kernel = new Kernel((event: KernelEvent) => scope.postMessage(event), scope.location.origin);
scope.onmessage = (e: MessageEvent<KernelRequest>) => kernel.handle(e.data);

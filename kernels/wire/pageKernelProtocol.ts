/**
 * Every message between the page and the kernel worker, as zod schemas with their types
 * inferred: discriminated unions on `type`; requests carry an `id` that their reply echoes.
 * Both sides switch over these and end in assertNever, so adding a message type is a compile
 * error until both handle it; in development builds each message is checked where it arrives
 * (checkArrival).
 */
import { z } from 'zod';
import type { CellId } from '../../lib/notebook/ids';
import { outputSchema } from '../../lib/notebook/notebookSchema';
import type { Output } from '../../lib/notebook/types';
import type { ExecutorId } from './kernelExecutorProtocol';
import { executorInfoSchema } from '../../lib/cluster/executorInfo';
import { jobDeltaSchema } from '../../lib/jobs/jobDelta';
import { backendChoiceSchema } from '../../lib/cluster/backendChoice';
import { detectedBackendSchema } from '../../lib/cluster/detectedBackends';

/** The TensorFlow.js backends a user can ask for; 'auto' lets the kernel choose. */
export type { BackendChoice } from '../../lib/cluster/backendChoice';

const cellId = z.custom<CellId>((v) => typeof v === 'string' && v.length > 0, 'expected a cell id');
const executorId = z.custom<ExecutorId>((v) => typeof v === 'string' && v.length > 0, 'expected an executor id');
// SharedArrayBuffer is undefined where the page is not cross-origin isolated.
const sharedBuffer = z.custom<SharedArrayBuffer>(
  (v) => typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer,
  'expected a SharedArrayBuffer',
);
const messagePort = z.custom<MessagePort>((v) => typeof MessagePort !== 'undefined' && v instanceof MessagePort, 'expected a MessagePort');
// The schema checks an output's shape; the app's Output type (with its MIME bundle) is what travels.
const output = outputSchema as unknown as z.ZodType<Output>;

/** Page -> kernel. */
export const kernelRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('init'),
    id: z.number(),
    backend: backendChoiceSchema,
    /** Int32Array(1) over a SharedArrayBuffer when cross-origin isolated: [0] = 1 means interrupt. */
    interruptBuffer: sharedBuffer.nullable(),
    /** The page's claim on the cores while it answers the user (pageInputSignal.ts); model.fit in a cell yields to it. */
    pageInput: sharedBuffer.nullable(),
  }),
  z.object({
    type: z.literal('execute'),
    id: z.number(),
    cellId,
    code: z.string(),
    executionCount: z.number(),
    /** The notebook's cells in order, so errors can say "cell 3" and not an opaque id. */
    cellOrder: z.array(cellId),
    /** The notebook the cell belongs to, recorded with models it saves. */
    notebook: z.object({ id: z.string(), title: z.string() }).optional(),
  }),
  /** Fallback when there is no SharedArrayBuffer: seen between training batches. */
  z.object({ type: z.literal('interrupt') }),
  /** A cell was deleted: forget (and dispose) what it defined. */
  z.object({ type: z.literal('forget-cell'), id: z.number(), cellId }),
  z.object({ type: z.literal('set-backend'), id: z.number(), backend: backendChoiceSchema }),
  /** The page started an executor: the kernel's end of its channel (transferred). */
  z.object({ type: z.literal('executor-attached'), executorId, port: messagePort, backend: z.string(), note: z.string().optional() }),
  /** An executor is gone: its running task will be retried elsewhere. */
  z.object({ type: z.literal('executor-detached'), executorId, reason: z.enum(['removed', 'killed', 'crashed']) }),
]);
export type KernelRequest = z.infer<typeof kernelRequestSchema>;

/** Kernel -> page. */
export const kernelEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), backend: z.string(), backendNote: z.string().optional() }),
  /** The active TensorFlow.js backend changed (e.g. a cell called tf.setBackend). */
  z.object({ type: z.literal('backend'), backend: z.string(), backendNote: z.string().optional() }),
  /** What each backend is in this browser (for the backend menu), probed once at start-up. */
  z.object({ type: z.literal('backends-detected'), backends: z.array(detectedBackendSchema) }),
  z.object({ type: z.literal('output'), requestId: z.number(), cellId, output }),
  /** Replace the output that has this display id (live charts update in place). */
  z.object({ type: z.literal('update-display'), requestId: z.number(), cellId, displayId: z.string(), output }),
  z.object({
    type: z.literal('execute-reply'),
    id: z.number(),
    cellId,
    status: z.enum(['ok', 'error', 'interrupted']),
    /** When the kernel began and ended the run (epoch ms): the cell's run time, without the page's own delays. */
    startedAt: z.number().optional(),
    finishedAt: z.number().optional(),
  }),
  z.object({ type: z.literal('reply'), id: z.number(), ok: z.boolean(), error: z.string().optional() }),
  /** A cell called spark.resize(n): the page's cluster manager adds or removes executors. */
  z.object({ type: z.literal('cluster-resize'), count: z.number().int().nonnegative() }),
  /** A cell called spark.setBackend (or resize with a backend): every executor, new ones too, uses it. */
  z.object({ type: z.literal('cluster-backend'), backend: backendChoiceSchema }),
  /** Executors as the kernel sees them (busy/idle, tasks done, samples/s, memory). */
  z.object({ type: z.literal('executors'), executors: z.array(executorInfoSchema) }),
  /** What cluster jobs did since the last such message (one delta per job): the page updates the panel and appends to the job history. */
  z.object({ type: z.literal('job-events'), deltas: z.array(jobDeltaSchema) }),
  /** Files a cell exported (models.export): the page saves them through the browser's download. */
  z.object({
    type: z.literal('download'),
    files: z.array(
      z.object({ name: z.string(), bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected bytes'), mimeType: z.string() }),
    ),
  }),
  /** Something went wrong outside any cell (a failed backend init, say). */
  z.object({ type: z.literal('kernel-error'), message: z.string() }),
]);
export type KernelEvent = z.infer<typeof kernelEventSchema>;

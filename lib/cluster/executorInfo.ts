/** An executor's state and statistics as the kernel reports them to the page (shared by both sides). */
import { z } from 'zod';

/**
 * What the panel and `spark.executors` show per executor. A plain interface, as the editor's
 * declarations of the cell API are generated from it; the schema below is checked against it.
 */
export interface ExecutorInfo {
  /** The executor's id ("1", "2", …), as the panel shows it. */
  id: string;
  status: 'idle' | 'busy' | 'lost';
  /** The TensorFlow.js backend it runs on now (webgpu, webgl, wasm, cpu). */
  backend: string;
  /** What the executor was asked for ('auto' included); unknown until it reports. */
  choice?: string;
  /** The WebGPU adapter when the backend is webgpu (e.g. "google swiftshader (software)"). */
  adapter?: string;
  /** Why the backend differs from the choice (auto's pick, a pre-flight fallback). */
  note?: string;
  tasksDone: number;
  samplesPerSec: number;
  memoryBytes: number;
}

export const executorInfoSchema = z.object({
  id: z.string(),
  status: z.enum(['idle', 'busy', 'lost']),
  backend: z.string(),
  choice: z.string().optional(),
  adapter: z.string().optional(),
  note: z.string().optional(),
  tasksDone: z.number(),
  samplesPerSec: z.number(),
  memoryBytes: z.number(),
}) satisfies z.ZodType<ExecutorInfo>;

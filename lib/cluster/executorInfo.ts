/** An executor's state and statistics as the kernel reports them to the page (shared by both sides). */
import { z } from 'zod';

/** What the panel and `spark.executors` show per executor. */
export const executorInfoSchema = z.object({
  /** The executor's id ("1", "2", …), as the panel shows it. */
  id: z.string(),
  status: z.enum(['idle', 'busy', 'lost']),
  backend: z.string(),
  /** What the executor was asked for ('auto' included); unknown until it reports. */
  choice: z.string().optional(),
  /** The WebGPU adapter when the backend is webgpu (e.g. "google swiftshader (software)"). */
  adapter: z.string().optional(),
  note: z.string().optional(),
  tasksDone: z.number(),
  samplesPerSec: z.number(),
  memoryBytes: z.number(),
});
export type ExecutorInfo = z.infer<typeof executorInfoSchema>;

/** An executor's state and statistics as the kernel reports them to the page (shared by both sides). */

/** What the panel and `spark.executors` show per executor. */
export interface ExecutorInfo {
  /** The executor's id ("1", "2", …), as the panel shows it. */
  id: string;
  status: 'idle' | 'busy' | 'lost';
  backend: string;
  /** What the executor was asked for ('auto' included); unknown until it reports. */
  choice?: string;
  /** The WebGPU adapter when the backend is webgpu (e.g. "google swiftshader (software)"). */
  adapter?: string;
  note?: string;
  tasksDone: number;
  samplesPerSec: number;
  memoryBytes: number;
}

/** An executor's state and statistics as the kernel reports them to the page (shared by both sides). */

/** What the panel and `spark.executors` show per executor. */
export interface ExecutorInfo {
  /** The executor's id ("1", "2", …), as the panel shows it. */
  id: string;
  status: 'idle' | 'busy' | 'lost';
  backend: string;
  note?: string;
  tasksDone: number;
  samplesPerSec: number;
  memoryBytes: number;
}

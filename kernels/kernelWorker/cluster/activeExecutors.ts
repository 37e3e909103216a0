/** How many of the cluster's executors a shared-memory training job uses at once (kernel thread). */

/**
 * How many executors train at once: one per CPU core. Every step waits for its slowest member,
 * so a member the OS time-slices with another holds everyone up; more executors than cores make
 * a step slower, not faster. The others stand by and take over from a member that is lost.
 * (No limit where the runtime doesn't say how many cores there are, as in Node's tests.)
 */
export function activeExecutorLimit(): number {
  const cores = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency;
  return cores && cores > 0 ? cores : Infinity;
}

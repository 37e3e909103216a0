/**
 * The `console` a cell sees: log/info/debug go to the cell's stdout stream, warn/error to
 * stderr. Each cell gets its own, so output printed later (a timer, a training callback)
 * still lands under the cell that printed it.
 */
import type { Output } from '../../../lib/notebook/types';

/** Turns a logged value into text (strings as-is, the rest via the display formatter). */
export type TextFormatter = (value: unknown) => string;

export function formatLogArgs(args: unknown[], format: TextFormatter): string {
  return args.map((a) => (typeof a === 'string' ? a : format(a))).join(' ') + '\n';
}

/** A console-like object bound to one cell's output. */
export function createCellConsole(emit: (output: Output) => void, format: TextFormatter) {
  const stream =
    (name: 'stdout' | 'stderr') =>
    (...args: unknown[]) =>
      emit({ output_type: 'stream', name, text: formatLogArgs(args, format) });
  const timers = new Map<string, number>();
  return {
    log: stream('stdout'),
    info: stream('stdout'),
    debug: stream('stdout'),
    warn: stream('stderr'),
    error: stream('stderr'),
    table: (data: unknown) => stream('stdout')(data),
    time(label = 'default') {
      timers.set(label, performance.now());
    },
    timeEnd(label = 'default') {
      const start = timers.get(label);
      if (start === undefined) return;
      timers.delete(label);
      stream('stdout')(`${label}: ${(performance.now() - start).toFixed(1)} ms`);
    },
  };
}

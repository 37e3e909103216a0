import { describe, expect, it } from 'vitest';
import type { Output } from '../../../lib/notebook/types';
import { createCellConsole } from './cellConsole';

describe('createCellConsole', () => {
  it('sends log to stdout and warn/error to stderr, one line per call', () => {
    const outputs: Output[] = [];
    const c = createCellConsole(
      (o) => outputs.push(o),
      (v) => JSON.stringify(v),
    );
    c.log('loss', 0.5, { a: 1 });
    c.error('bad');
    expect(outputs).toEqual([
      { output_type: 'stream', name: 'stdout', text: 'loss 0.5 {"a":1}\n' },
      { output_type: 'stream', name: 'stderr', text: 'bad\n' },
    ]);
  });
});

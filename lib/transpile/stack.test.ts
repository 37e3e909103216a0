import { describe, expect, it } from 'vitest';
import { mapCellStack } from './stack';
import { transpileCell } from './transpile';
import { wrapCell, type CellFunction } from './wrap';

const URL = 'sparkbook-cell-abc-3.js';

describe('mapCellStack', () => {
  it('maps Chromium frames in the cell to user lines and drops the kernel frames that called it', () => {
    const stack = [
      "TypeError: Cannot read properties of undefined (reading 'shape')",
      '    at summarize (sparkbook-cell-abc-3.js:4:18)',
      '    at Array.map (<anonymous>)',
      '    at eval (sparkbook-cell-abc-3.js:6:9)',
      '    at async sparkbook-cell-abc-3.js:7:1',
      '    at async CellRunner.run (http://localhost:3000/_next/static/chunks/kernels_runtime_cellRunner.js:88:22)',
      '    at async handleMessage (http://localhost:3000/_next/static/chunks/kernel.worker.js:41:5)',
    ].join('\n');
    expect(mapCellStack(stack, URL, 1, 'Cell 2')).toEqual({
      traceback: [
        '    at summarize (Cell 2, line 3:18)',
        '    at Array.map (<anonymous>)',
        '    at Cell 2, line 5:9',
        '    at Cell 2, line 6:1',
      ],
      line: 3,
    });
  });

  it('keeps library frames the cell called, above its own frames', () => {
    const stack = [
      'Error: Error when checking input: expected dense_Dense1_input to have shape [null,784]',
      '    at checkInputData (http://localhost:3000/_next/static/chunks/tfjs.js:1:20345)',
      '    at async LayersModel.fit (http://localhost:3000/_next/static/chunks/tfjs.js:1:88123)',
      '    at async eval (sparkbook-cell-abc-3.js:9:3)',
      '    at async CellRunner.run (http://localhost:3000/_next/static/chunks/a.js:1:200)',
    ].join('\n');
    expect(mapCellStack(stack, URL, 1, 'Cell 4')).toEqual({
      traceback: [
        '    at checkInputData (http://localhost:3000/_next/static/chunks/tfjs.js:1:20345)',
        '    at async LayersModel.fit (http://localhost:3000/_next/static/chunks/tfjs.js:1:88123)',
        '    at Cell 4, line 8:3',
      ],
      line: 8,
    });
  });

  it('reads the position at the end of an `eval at` frame, whose file is the sourceURL or <anonymous>', () => {
    const viaSourceURL = [
      'Error: boom',
      '    at eval (eval at run (http://localhost:3000/_next/static/chunks/a.js:1:200), sparkbook-cell-abc-3.js:4:3)',
      '    at run (http://localhost:3000/_next/static/chunks/a.js:1:250)',
    ].join('\n');
    expect(mapCellStack(viaSourceURL, URL, 1, 'Cell 1')).toEqual({ traceback: ['    at Cell 1, line 3:3'], line: 3 });

    // Without a sourceURL nothing ties the frame to this cell.
    const anonymous = viaSourceURL.replace('sparkbook-cell-abc-3.js', '<anonymous>');
    expect(mapCellStack(anonymous, URL, 1, 'Cell 1')).toEqual({ traceback: [], line: null });
  });

  it('reads Firefox and Safari style frames too', () => {
    const stack = 'summarize@sparkbook-cell-abc-3.js:4:18\n@sparkbook-cell-abc-3.js:6:9\nrun@http://localhost:3000/a.js:1:200';
    expect(mapCellStack(stack, URL, 1, 'Cell 2')).toEqual({
      traceback: ['    at summarize (Cell 2, line 3:18)', '    at Cell 2, line 5:9'],
      line: 3,
    });
  });

  it('returns no traceback when the stack is missing or never enters the cell', () => {
    expect(mapCellStack(undefined, URL, 1, 'Cell 1')).toEqual({ traceback: [], line: null });
    expect(mapCellStack('Error: x\n    at other (sparkbook-cell-zzz-1.js:2:1)', URL, 1, 'Cell 1')).toEqual({
      traceback: [],
      line: null,
    });
  });

  it('finds the user’s line when a wrapped cell throws in Node (same V8 sourceURL convention)', async () => {
    const source = 'const a = 1;\nfunction fail() {\n  throw new Error("line 3");\n}\nconst b = fail();';
    const { source: fnSource, lineOffset } = wrapCell(transpileCell(source), [], URL);
    const run = (0, eval)(fnSource) as CellFunction;
    const error = await run({}, async () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const mapped = mapCellStack((error as Error).stack, URL, lineOffset, 'Cell 1');
    expect(mapped.line).toBe(3);
    expect(mapped.traceback).toEqual(['    at fail (Cell 1, line 3:9)', '    at Cell 1, line 5:11']);
  });
});

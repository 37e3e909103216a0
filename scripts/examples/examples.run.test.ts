/**
 * `npm run examples:check`: runs each example notebook top to bottom in Node (nodeKernel.ts: the
 * real kernel and spark.fit on two in-process WASM executors) and prints every cell's text output
 * and time. Skipped in `npm test` (minutes of training); the e2e specs check the same numbers in Chromium.
 * One example: EXAMPLE=iris npm run examples:check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, OUT_DIR } from './build-examples.mjs';
import { outputText, runNotebook } from './nodeKernel';

const root = join(import.meta.dirname, '..', '..');
const enabled = process.env.SPARKBOOK_RUN_EXAMPLES === '1';
const only = process.env.EXAMPLE;

describe.skipIf(!enabled)('example notebooks, run in Node', () => {
  for (const example of EXAMPLES.filter((e) => !only || e.file.startsWith(only))) {
    it(`${example.file} runs top to bottom and its last cell passes`, async () => {
      const text = readFileSync(join(OUT_DIR, example.file), 'utf8');
      const started = performance.now();
      const runs = await runNotebook(text, {
        root,
        onCell: (run, source) => {
          const shown = run.outputs.map(outputText).join('\n').slice(0, 3000);
          console.log(`--- cell ${run.index + 1} (${run.seconds.toFixed(1)} s, ${run.status}): ${source.split('\n')[0]}\n${shown}`);
        },
      });
      console.log(`${example.file}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
      expect(runs.every((r) => r.status === 'ok')).toBe(true);
      const last = runs[runs.length - 1].outputs.map(outputText).join('\n');
      expect(last).toContain('PASS');
    }, 1_800_000);
  }
});

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
import { outputText, runNotebook, type CellRun } from './nodeKernel';
import { parseIpynb, serializeIpynb } from '../../lib/notebook/ipynb';
import { nbformatErrors } from '../../lib/notebook/schema/validateNbformat';
import { SPARKBOOK_MIME_TYPES } from '../../lib/outputs/mime';
import { vegaLiteProblems } from '../../lib/outputs/vegaLiteProblems';
import { VEGA_LITE_MIME } from '../../lib/outputs/vegaLiteTwins';

const root = join(import.meta.dirname, '..', '..');
const enabled = process.env.SPARKBOOK_RUN_EXAMPLES === '1';
const only = process.env.EXAMPLE;

/**
 * The example, run, as Export .ipynb writes it: valid by Jupyter's schema, and every rich output
 * with a standard twin (HTML, or a Vega-Lite spec that compiles cleanly). Prints what twins cost.
 */
function expectStandardTwins(text: string, runs: CellRun[], file: string) {
  const notebook = parseIpynb(text);
  for (const run of runs) notebook.cells[run.index] = { ...notebook.cells[run.index], outputs: run.outputs };
  const withTwins = serializeIpynb(notebook);
  const exported = JSON.parse(withTwins);
  expect(nbformatErrors(exported)).toEqual([]);
  let rich = 0;
  for (const cell of exported.cells) {
    for (const output of cell.outputs ?? []) {
      const data: Record<string, unknown> = output.data ?? {};
      if (!SPARKBOOK_MIME_TYPES.some((mime) => mime in data)) continue;
      rich++;
      expect(
        Object.keys(data).filter((mime) => mime === 'text/html' || mime === VEGA_LITE_MIME),
        `${file}: ${Object.keys(data)}`,
      ).not.toEqual([]);
      if (data[VEGA_LITE_MIME]) expect(vegaLiteProblems(data[VEGA_LITE_MIME])).toEqual([]);
    }
  }
  const without = serializeIpynb(notebook, { standardTwins: false });
  console.log(
    `${file}: ${rich} rich outputs; exported ${Buffer.byteLength(without)} bytes without twins, ${Buffer.byteLength(withTwins)} with`,
  );
}

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
      expectStandardTwins(text, runs, example.file);
    }, 1_800_000);
  }
});

// `npm run examples`: writes the example notebooks (public/notebooks/*.ipynb) and the gallery's
// index (public/notebooks/index.json) from their sources here, *.cells.txt: cells separated by
// lines `%% markdown` and `%% code`. The .ipynb files are nbformat 4.5 with a TypeScript kernelspec,
// formatted as Jupyter writes them (sorted keys, indent 1), without outputs: a reader runs them.
// scripts/examples/examples.test.ts checks the committed files are what this script writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
export const OUT_DIR = join(root, 'public', 'notebooks');

/** The examples, in gallery order. */
export const EXAMPLES = [
  {
    source: 'iris.cells.txt',
    file: 'iris.ipynb',
    title: 'Iris: a 4-10-3 network on a Spark cluster',
    description:
      'Load the iris CSV, hold out a stratified test set, train a 4-10-3 network on two executors, and read the confusion matrix.',
  },
  {
    source: 'mnist.cells.txt',
    file: 'mnist.ipynb',
    title: 'MNIST: an MLP and a CNN, trained data-parallel',
    description:
      '8,000 handwritten digits: the Cloudera article’s 784-500-100-10 MLP and a small CNN trained with spark.fit, the truth table of 2,000 test digits and the ones it got wrong.',
  },
  {
    source: 'lstm.cells.txt',
    file: 'lstm-forecast.ipynb',
    title: 'LSTM forecast: ten days of Seattle weather',
    description:
      'The SystemML demo: an LSTM(50) reads 10 days of temperatures and wind and forecasts the next 10, beating the naive forecast.',
  },
  {
    source: 'mnist-sweep.cells.txt',
    file: 'mnist-sweep.ipynb',
    title: 'MNIST learning-rate sweep',
    description:
      'The Cloudera experiment: the 784-500-100-10 MLP over 6 learning rates × 3 seeds with spark.sweep, one model per executor; a rerun reuses every result from the model repository.',
  },
];

const MARKER = /^%% (markdown|code)\s*$/;

/** Cells of a *.cells.txt source: [{ cellType, source }], surrounding blank lines trimmed. */
export function parseCells(text) {
  const cells = [];
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    const m = MARKER.exec(line);
    if (m) cells.push({ cellType: m[1], lines: [] });
    else if (cells.length) cells[cells.length - 1].lines.push(line);
    else if (line.trim()) throw new Error(`text before the first "%% markdown" or "%% code" line: ${line}`);
  }
  return cells.map(({ cellType, lines }) => ({ cellType, source: lines.join('\n').replace(/^\n+|\s+$/g, '') }));
}

/** Jupyter's line list: each line keeps its "\n", the last one without. */
function splitLines(text) {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function sortKeys(_key, value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, value[k]]),
  );
}

/** The .ipynb text of one example. Cell ids are stable (`<name>-01`, …) so regenerating changes nothing. */
export function buildNotebook(example, sourceText) {
  const slug = example.file.replace(/\.ipynb$/, '');
  const cells = parseCells(sourceText).map(({ cellType, source }, i) => {
    const id = `${slug}-${String(i + 1).padStart(2, '0')}`;
    return cellType === 'code'
      ? { cell_type: 'code', execution_count: null, id, metadata: {}, outputs: [], source: splitLines(source) }
      : { cell_type: 'markdown', id, metadata: {}, source: splitLines(source) };
  });
  const notebook = {
    cells,
    metadata: {
      kernelspec: { display_name: 'TypeScript (Sparkbook)', language: 'typescript', name: 'sparkbook-typescript' },
      language_info: {
        codemirror_mode: 'typescript',
        file_extension: '.ts',
        mimetype: 'text/typescript',
        name: 'typescript',
        version: '5',
      },
      sparkbook: { title: example.title, example: true },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return `${JSON.stringify(notebook, sortKeys, 1)}\n`;
}

/** The gallery's index.json text. */
export function buildIndex() {
  const examples = EXAMPLES.map(({ file, title, description }) => ({ file, title, description }));
  return `${JSON.stringify({ examples }, null, 2)}\n`;
}

/** Every file this script writes, by path. */
export function buildAll() {
  const files = new Map();
  for (const example of EXAMPLES) {
    files.set(join(OUT_DIR, example.file), buildNotebook(example, readFileSync(join(here, example.source), 'utf8')));
  }
  files.set(join(OUT_DIR, 'index.json'), buildIndex());
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, text] of buildAll()) {
    writeFileSync(path, text);
    console.log(`wrote ${path.slice(root.length + 1)}`);
  }
}

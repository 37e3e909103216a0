import { describe, expect, it } from 'vitest';
import { checkUpload, checkUploadSize, DatasetUploadError } from './checkUpload';
import { MAX_UPLOAD_BYTES, loadCallFor } from './datasetRecord';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('checkUpload', () => {
  it('takes a CSV, listing its columns, first rows and row count', () => {
    const csv = ['x,y,label', ...Array.from({ length: 12 }, (_, i) => `${i},${i * 2},${i % 2 ? 'odd' : 'even'}`)].join('\n') + '\n';
    const checked = checkUpload('points.csv', utf8(csv));
    expect(checked).toMatchObject({ name: 'points.csv', kind: 'csv', size: csv.length });
    expect(checked.preview).toEqual({
      kind: 'csv',
      columns: ['x', 'y', 'label'],
      rows: [
        ['0', '0', 'even'],
        ['1', '2', 'odd'],
        ['2', '4', 'even'],
        ['3', '6', 'odd'],
        ['4', '8', 'even'],
      ],
      rowCount: 12,
    });
  });

  it('names the ragged row by its row number and its line in the file', () => {
    const csv = 'a,b,c\n1,2,3\n\n4,5,6\n7,8\n9,10,11\n';
    expect(() => checkUpload('ragged.csv', utf8(csv))).toThrow(DatasetUploadError);
    // The blank line is skipped, as datasets.csv skips it: data row 3 is on line 5.
    expect(() => checkUpload('ragged.csv', utf8(csv))).toThrow(
      /ragged\.csv: row 3 \(line 5 of the file\) has 2 fields, but the header has 3 \(a, b, c\)/,
    );
  });

  it('names a row with too many fields too, and counts a quoted comma as part of its field', () => {
    const csv = 'name,score\n"Smith, J",3\nLee,4,extra\n';
    expect(() => checkUpload('people.csv', utf8(csv))).toThrow(/row 2 \(line 3 of the file\) has 3 fields, but the header has 2/);
    expect(checkUpload('ok.csv', utf8('name,score\n"Smith, J",3\n')).preview).toMatchObject({ rows: [['Smith, J', '3']] });
  });

  it('names a row whose quote is never closed', () => {
    expect(() => checkUpload('quote.csv', utf8('a,b\n1,2\n"3,4\n'))).toThrow(
      /quote\.csv: row 2 \(line 3\) has a quoted field that is not closed/,
    );
  });

  it('takes a one-column CSV and a tab-separated file', () => {
    expect(checkUpload('one.csv', utf8('value\n1\n2\n')).preview).toMatchObject({ columns: ['value'], rowCount: 2 });
    expect(checkUpload('t.tsv', utf8('a\tb\n1\t2\n')).preview).toMatchObject({ columns: ['a', 'b'], rows: [['1', '2']] });
  });

  it('detects text that is not UTF-8, naming the byte and line, and says how to fix it', () => {
    // "café" in Windows-1252: é is the single byte 0xE9.
    const latin1 = new Uint8Array([...utf8('name,city\nAnn,caf'), 0xe9, ...utf8('\n')]);
    expect(() => checkUpload('cities.csv', latin1)).toThrow(
      /cities\.csv is not UTF-8 text: byte 17 \(line 2\) is 0xE9.*Latin-1 or Windows-1252.*CSV UTF-8/,
    );
    const utf16 = new Uint8Array([0xff, 0xfe, 0x61, 0, 0x2c, 0, 0x62, 0]);
    expect(() => checkUpload('wide.csv', utf16)).toThrow(/looks like UTF-16 text/);
    expect(() => checkUpload('data.json', new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]))).toThrow(/data\.json is not UTF-8 text: byte 1/);
  });

  it('accepts UTF-8 with a byte-order mark and multi-byte characters', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('ville,n\nMontréal,1\n東京,2\n')]);
    expect(checkUpload('villes.csv', bom).preview).toMatchObject({
      columns: ['ville', 'n'],
      rows: [
        ['Montréal', '1'],
        ['東京', '2'],
      ],
    });
  });

  it('refuses a file over the limit, naming the limit, before reading it', () => {
    expect(() => checkUploadSize('big.bin', MAX_UPLOAD_BYTES + 1)).toThrow('big.bin is 200.0 MB; Sparkbook takes uploads up to 200 MB.');
    expect(() => checkUploadSize('huge.csv', 300 * 1024 * 1024)).toThrow(
      /huge\.csv is 300 MB; Sparkbook takes uploads up to 200 MB\. Split the file/,
    );
    expect(() => checkUploadSize('ok.bin', MAX_UPLOAD_BYTES)).not.toThrow();
    expect(() => checkUpload('small.bin', new Uint8Array(11), { limit: 10 })).toThrow(
      /small\.bin is 11 B; Sparkbook takes uploads up to 10 B/,
    );
  });

  it('refuses an empty file and a name a cell could not load by', () => {
    expect(() => checkUpload('empty.csv', new Uint8Array())).toThrow(/empty\.csv is empty/);
    expect(() => checkUpload('a:b.csv', utf8('a\n1\n'))).toThrow(/has a \/ \\ or : in its name/);
    expect(() => checkUpload('blank.csv', utf8('\n\n  \n'))).toThrow(/blank\.csv has no header row/);
  });

  it('takes JSON, describing its top level, and names where invalid JSON breaks', () => {
    expect(checkUpload('points.json', utf8('[{"x":1},{"x":2}]')).preview).toEqual({
      kind: 'json',
      shape: 'an array of 2 items',
      text: '[{"x":1},{"x":2}]',
    });
    expect(checkUpload('config.json', utf8('{"lr":0.1,"epochs":5}')).preview).toMatchObject({ shape: 'an object with keys lr, epochs' });
    expect(() => checkUpload('broken.json', utf8('{\n  "a": 1,\n  "b": }\n'))).toThrow(
      /broken\.json is not valid JSON: .*"b": }.*Fix the file/s,
    );
  });

  it('takes any other file as bytes, previewed in hex', () => {
    const checked = checkUpload('images.bin', new Uint8Array([0, 1, 254, 255]));
    expect(checked).toMatchObject({ kind: 'binary', size: 4, preview: { kind: 'binary', hex: '00 01 fe ff' } });
  });

  it('writes the cell call that loads each kind, quoting the name as a cell would', () => {
    expect(loadCallFor({ name: 'my-file.csv', kind: 'csv' })).toBe("await datasets.csv('my-file.csv')");
    expect(loadCallFor({ name: "bob's.json", kind: 'json' })).toBe("await datasets.json('bob\\'s.json')");
    expect(loadCallFor({ name: 'x.bin', kind: 'binary' })).toBe("await datasets.bytes('x.bin')");
  });
});

describe('checkUpload reads quoted and unquoted CSV alike', () => {
  const lines = ['a;b;c', '1;2;3', '', '4;5;6', ';;', '7;8', '9;10;11'];
  it('names the same row and line whether the fast scan or papaparse reads the file', () => {
    const plain = lines.join('\r\n');
    const quoted = lines.map((l, i) => (i === 1 ? '"1";2;3' : l)).join('\r\n');
    for (const text of [plain, quoted]) {
      expect(() => checkUpload('semi.csv', utf8(text))).toThrow(
        /semi\.csv: row 3 \(line 6 of the file\) has 2 fields, but the header has 3 \(a, b, c\)/,
      );
    }
  });

  it('gives the same shape and preview either way', () => {
    const plain = 'x, y\n1, 2\n\n3, 4\n';
    const quoted = 'x, y\n"1", 2\n\n3, 4\n';
    const a = checkUpload('p.csv', utf8(plain)).preview;
    expect(a).toEqual({
      kind: 'csv',
      columns: ['x', 'y'],
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
      rowCount: 2,
    });
    expect(checkUpload('q.csv', utf8(quoted)).preview).toEqual(a);
  });
});

import { describe, expect, it } from 'vitest';
import { highlightSource, MAX_HIGHLIGHTED_CHARS, type Run } from './highlightSource';

const kindOf = (runs: Run[], text: string) => runs.find((r) => r.text.includes(text))?.kind;
const joined = (runs: Run[]) => runs.map((r) => r.text).join('');

describe('highlightSource', () => {
  const code = [
    '// train it',
    'const model: tf.Sequential = tf.sequential({ layers: [dense(1)] });',
    'const name = "a<b>&c"; let re = /a+b/g;',
    'const history = await spark.fit(model, { epochs: 3 }); this.x = null;',
    'const t = `v ${count + 1}`;',
  ].join('\n');
  const runs = highlightSource(code, 'typescript');

  it('keeps the text exactly, entities and all', () => {
    expect(joined(runs)).toBe(code);
  });

  it('colours what Monaco colours, by its token names', () => {
    expect(kindOf(runs, '// train it')).toBe('comment');
    expect(kindOf(runs, '"a<b>&c"')).toBe('string');
    expect(kindOf(runs, '/a+b/g')).toBe('regexp');
    expect(kindOf(runs, '3')).toBe('number');
    expect(runs.find((r) => r.text === 'const')?.kind).toBe('keyword');
    expect(runs.find((r) => r.text === 'await')?.kind).toBe('keyword');
    expect(runs.find((r) => r.text === 'this')?.kind).toBe('keyword');
    expect(runs.find((r) => r.text === 'null')?.kind).toBe('keyword');
  });

  it("marks capitalised names as types and leaves other names in the text colour, as Monaco's TypeScript tokenizer does", () => {
    expect(runs.find((r) => r.text === 'Sequential')?.kind).toBe('type');
    const plain = runs
      .filter((r) => r.kind === null)
      .map((r) => r.text)
      .join('');
    expect(plain).toContain('model');
    expect(plain).toContain('spark');
  });

  it('colours punctuation as delimiters and brackets by depth, the way bracket pair colourisation does', () => {
    const brackets = runs.filter((r) => r.kind?.startsWith('bracket')).map((r) => `${r.text}${r.kind!.slice(-1)}`);
    // tf.sequential({ layers: [dense(1)] }) : ( { [ ( ) ] } ) at depths 1 2 3 1 1 3 2 1
    expect(brackets.slice(0, 8)).toEqual(['(1', '{2', '[3', '(1', ')1', ']3', '}2', ')1']);
    expect(runs.some((r) => r.kind === 'delimiter' && r.text.includes('='))).toBe(true);
  });

  it('treats the code inside a template string as code', () => {
    const template = runs.slice(runs.findIndex((r) => r.text.includes('`v ')));
    expect(template[0].kind).toBe('string');
    expect(template.find((r) => r.text.includes('count'))?.kind).toBe(null);
  });

  it('shows a closing bracket without an opening one as Monaco does, as unexpected', () => {
    expect(highlightSource('x)', 'typescript').find((r) => r.text === ')')?.kind).toBe('invalid');
  });

  it('colours Markdown: headings and list marks as keywords, code as variables, emphasis', () => {
    const md = highlightSource('# Title\n\nSome *em*, **strong** and `code`.\n- item', 'markdown');
    expect(joined(md)).toBe('# Title\n\nSome *em*, **strong** and `code`.\n- item');
    expect(kindOf(md, '# Title')).toBe('keyword');
    expect(kindOf(md, '*em*')).toBe('emphasis');
    expect(kindOf(md, '**strong**')).toBe('strong');
    expect(kindOf(md, '`code`')).toBe('variable');
    expect(md.find((r) => r.text.startsWith('-'))?.kind).toBe('keyword');
    expect(kindOf(md, 'Some')).toBe(null);
  });

  it('colours a Python notebook read-only', () => {
    const py = highlightSource("import sys\nprint('hi', sys.version)  # note", 'python');
    expect(kindOf(py, 'import')).toBe('keyword');
    expect(kindOf(py, "'hi'")).toBe('string');
    expect(kindOf(py, '# note')).toBe('comment');
  });

  it('returns a language it does not know as plain text, and nothing for nothing', () => {
    expect(highlightSource('SELECT 1', 'sql')).toEqual([{ text: 'SELECT 1', kind: null }]);
    expect(highlightSource('', 'typescript')).toEqual([]);
  });

  it('stops colouring past its limit, keeping the rest as text, so a huge cell is still one short task', () => {
    const line = 'const value = compute(1, "two", [3]); // and a comment\n';
    const huge = line.repeat(Math.ceil((MAX_HIGHLIGHTED_CHARS * 2) / line.length));
    const started = performance.now();
    const out = highlightSource(huge, 'typescript');
    const elapsed = performance.now() - started;
    expect(joined(out)).toBe(huge);
    expect(out[out.length - 1]).toEqual({ text: huge.slice(MAX_HIGHLIGHTED_CHARS), kind: null });
    expect(elapsed).toBeLessThan(500);
  });
});

import { describe, expect, it } from 'vitest';
import { latexSegments } from './latexSegments';

describe('latexSegments', () => {
  it('reads $$…$$ and \\[…\\] as display math', () => {
    expect(latexSegments('$$\\frac{1}{2}$$')).toEqual([{ kind: 'math', tex: '\\frac{1}{2}', display: true }]);
    expect(latexSegments('\\[ x^2 \\]')).toEqual([{ kind: 'math', tex: 'x^2', display: true }]);
  });

  it('reads $…$ and \\(…\\) as inline math between prose', () => {
    expect(latexSegments('The loss is $L = x^2$ and \\(y\\).')).toEqual([
      { kind: 'text', text: 'The loss is ' },
      { kind: 'math', tex: 'L = x^2', display: false },
      { kind: 'text', text: ' and ' },
      { kind: 'math', tex: 'y', display: false },
      { kind: 'text', text: '.' },
    ]);
  });

  it('keeps an escaped dollar inside inline math', () => {
    expect(latexSegments('$\\$5$')).toEqual([{ kind: 'math', tex: '\\$5', display: false }]);
  });

  it('treats LaTeX without delimiters as one display formula', () => {
    expect(latexSegments('\\begin{align} a &= b \\end{align}\n')).toEqual([
      { kind: 'math', tex: '\\begin{align} a &= b \\end{align}', display: true },
    ]);
  });

  it('drops whitespace between formulas and gives nothing for an empty output', () => {
    expect(latexSegments('$a$\n$b$')).toHaveLength(2);
    expect(latexSegments('  ')).toEqual([]);
  });
});

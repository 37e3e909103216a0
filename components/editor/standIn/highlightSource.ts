/**
 * A cell's source as coloured runs, for the read-only stand-in shown until Monaco loads. The
 * runs are coloured the way Monaco's own tokenizers colour them (editorTheme.ts holds the
 * colours): highlight.js finds comments, strings, numbers, regexps, keywords and Markdown's
 * marks; a second pass over the remaining code text adds what Monaco colours and highlight.js
 * does not — capitalised names (Monaco's type.identifier), punctuation (delimiter) and brackets
 * by nesting depth (Monaco's bracket pair colourisation).
 */
import hljs from 'highlight.js/lib/core';
import typescript from 'highlight.js/lib/languages/typescript';
import javascript from 'highlight.js/lib/languages/javascript';
import markdown from 'highlight.js/lib/languages/markdown';
import python from 'highlight.js/lib/languages/python';
import type { TokenKind } from '../editorTheme';

hljs.registerLanguage('typescript', typescript);
hljs.registerLanguage('javascript', javascript);
hljs.registerLanguage('markdown', markdown);
hljs.registerLanguage('python', python);

export interface Run {
  text: string;
  kind: TokenKind | null;
}

/** Past this many characters the rest shows uncoloured: highlighting must stay a short task. */
export const MAX_HIGHLIGHTED_CHARS = 10_000;

/** highlight.js scopes that map straight to a Monaco token colour. */
const SCOPES: Record<string, TokenKind> = {
  comment: 'comment',
  quote: 'comment',
  string: 'string',
  link: 'string',
  regexp: 'regexp',
  number: 'number',
  keyword: 'keyword',
  literal: 'keyword',
  section: 'keyword',
  bullet: 'keyword',
  code: 'variable',
  emphasis: 'emphasis',
  strong: 'strong',
};

/** Names Monaco's tokenizers call keywords that highlight.js calls built-ins or variables. */
const CODE_KEYWORDS: Record<string, ReadonlySet<string>> = {
  typescript: new Set([
    'this',
    'super',
    'any',
    'boolean',
    'number',
    'string',
    'symbol',
    'void',
    'never',
    'unknown',
    'bigint',
    'object',
    'undefined',
    'null',
    'true',
    'false',
    'keyof',
    'readonly',
    'declare',
    'type',
    'as',
    'is',
  ]),
  javascript: new Set(['this', 'super', 'undefined', 'null', 'true', 'false']),
  python: new Set(['self', 'None', 'True', 'False', 'print', 'len', 'range', 'int', 'float', 'str', 'list', 'dict']),
};
/** Languages whose tokenizer in Monaco marks capitalised names as types. */
const TYPE_CASE = new Set(['typescript', 'javascript']);

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'" };
const unescape = (html: string) => html.replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (e) => ENTITIES[e]);

/** highlight.js's HTML as runs, each with the colour its innermost meaningful scope asks for (null: code text to look at again). */
function parseHighlighted(html: string): Run[] {
  const runs: Run[] = [];
  const stack: (TokenKind | null)[] = [];
  const tag = /<span class="([^"]*)">|<\/span>/g;
  let at = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m.index > at) runs.push({ text: unescape(html.slice(at, m.index)), kind: stack[stack.length - 1] ?? null });
    at = tag.lastIndex;
    if (m[1] === undefined) {
      stack.pop();
      continue;
    }
    const scopes = m[1].split(' ').map((c) => c.replace(/^hljs-/, ''));
    // Code inside a template string's ${…} is code again.
    if (scopes[0] === 'subst') stack.push(null);
    else stack.push(SCOPES[scopes[0]] ?? stack[stack.length - 1] ?? null);
  }
  if (at < html.length) runs.push({ text: unescape(html.slice(at)), kind: stack[stack.length - 1] ?? null });
  return runs;
}

const OPEN = '([{';
const CLOSE = ')]}';
const BRACKET_KINDS: TokenKind[] = ['bracket1', 'bracket2', 'bracket3'];

/** The second pass: names, punctuation and brackets in the text highlight.js left uncoloured. */
function colourCode(runs: Run[], language: string): Run[] {
  const code = language in CODE_KEYWORDS || TYPE_CASE.has(language);
  const keywords = CODE_KEYWORDS[language];
  const out: Run[] = [];
  let depth = 0;
  const push = (text: string, kind: TokenKind | null) => {
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += text;
    else out.push({ text, kind });
  };
  for (const run of runs) {
    if (run.kind !== null) {
      push(run.text, run.kind);
      continue;
    }
    const piece = /[A-Za-z_$][\w$]*|[()[\]{}]|[^\sA-Za-z_$\d()[\]{}]+|[\s\d]+/g;
    for (let m = piece.exec(run.text); m; m = piece.exec(run.text)) {
      const text = m[0];
      if (OPEN.includes(text)) {
        push(text, BRACKET_KINDS[depth % 3]);
        depth++;
      } else if (CLOSE.includes(text)) {
        if (depth === 0) push(text, 'invalid');
        else push(text, BRACKET_KINDS[--depth % 3]);
      } else if (!code || /^[\s\d]/.test(text)) {
        push(text, null);
      } else if (/^[A-Za-z_$]/.test(text)) {
        if (keywords?.has(text)) push(text, 'keyword');
        else if (TYPE_CASE.has(language) && /^[A-Z]/.test(text)) push(text, 'type');
        else push(text, null);
      } else {
        push(text, 'delimiter');
      }
    }
  }
  return out;
}

/** Whether the stand-in can colour this Monaco language id. */
export function canHighlight(language: string): boolean {
  return hljs.getLanguage(language) !== undefined;
}

/** The source as coloured runs; a language it doesn't know comes back as one uncoloured run. */
export function highlightSource(source: string, language: string): Run[] {
  if (!source) return [];
  if (!canHighlight(language)) return [{ text: source, kind: null }];
  const head = source.slice(0, MAX_HIGHLIGHTED_CHARS);
  const runs = colourCode(parseHighlighted(hljs.highlight(head, { language, ignoreIllegals: true }).value), language);
  if (source.length > head.length) runs.push({ text: source.slice(head.length), kind: null });
  return runs;
}
